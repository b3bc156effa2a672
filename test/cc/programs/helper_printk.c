// about: bpf_printk with integer formats (%d %u %x %ld %lld %llu %llx %%), up to three arguments; the format strings live in .rodata
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[3] = { -42, 0xdeadbeefcafeULL, 7 };

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	bpf_printk("hello");
	bpf_printk("int %d uint %u hex %x", (int)in[0], (unsigned int)in[0], (unsigned int)in[2]);
	bpf_printk("long %ld llu %llu", in[0], in[1]);
	bpf_printk("llx %llx pct %% end", in[1]);
	bpf_printk("len %d", ctx->data_end - ctx->data);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
