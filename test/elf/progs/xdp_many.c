// Five programs in one section and a .text helper: the reader keeps them apart.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline int pick(int x)
{
	return x & 3;
}

SEC("xdp") int p0(struct xdp_md *ctx) { return pick(0) + XDP_PASS - 0; }
SEC("xdp") int p1(struct xdp_md *ctx) { return pick(ctx->ingress_ifindex) ? XDP_PASS : XDP_DROP; }
SEC("xdp") int p2(struct xdp_md *ctx) { return XDP_DROP; }
SEC("xdp") int p3(struct xdp_md *ctx) { return pick(ctx->rx_queue_index + 1) ? XDP_DROP : XDP_PASS; }
SEC("xdp.frags") int p4(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
