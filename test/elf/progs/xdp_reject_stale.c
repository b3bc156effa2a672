// Rejected: a packet pointer read after bpf_xdp_adjust_head without checking it again.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int stale(struct xdp_md *ctx)
{
	unsigned char *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (p + 20 > end)
		return XDP_PASS;
	bpf_xdp_adjust_head(ctx, 4);
	return p[0];
}

char LICENSE[] SEC("license") = "GPL";
