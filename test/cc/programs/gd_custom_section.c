// about: globals placed with SEC(".data.stats") and SEC(".bss.big") become their own maps, beside .data
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 stats[4] SEC(".data.stats") = { 1, 2, 3, 4 };
__u32 scratch[64] SEC(".bss.big");
__u32 plain = 5;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	stats[len & 3] += len;
	scratch[len & 63] = len;
	scratch[plain & 63] = plain;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
