// bpf_xdp_adjust_head moves the packet start: pointers must be checked again after it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pop_eth(struct xdp_md *ctx)
{
	if (bpf_xdp_adjust_head(ctx, 14))
		return XDP_ABORTED;
	unsigned char *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (p + 1 > end)
		return XDP_DROP;
	return (p[0] >> 4) == 4 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
