// about: print every second packet's length and protocol with bpf_printk, keeping the sample counter in .bss; run four times
// packet: ipv4-udp
// repeat: 4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 nth;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 24) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	if (nth++ % 2 == 0)
		bpf_printk("sample %u: len %d proto %u", nth, ctx->data_end - ctx->data, p[23]);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
