// Rejected: a struct in .data is writable, so the mask read from it is unknown and the .bss index unbounded.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct config {
	__u32 drop_below;
	__u32 mask;
} cfg = { .drop_below = 30, .mask = 7 };

__u32 hist[8];

SEC("xdp")
int histogram(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	hist[len & cfg.mask]++;
	return len < cfg.drop_below ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
