// about: initialised globals in .data and zero ones in .bss, read and written; their state carries over between runs
// packet: ipv4-tcp
// repeat: 3
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 runs = 100;
__u32 step = 7;
__u64 acc;
__u32 last_len;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	runs++;
	acc += step;
	step *= 2;
	last_len = ctx->data_end - ctx->data;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
