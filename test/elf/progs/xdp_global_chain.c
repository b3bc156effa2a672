// Global and static functions calling each other: the program calls a static function that calls
// a global one, which calls a static helper and another global function. Each global function is
// verified once, on its own; the static ones inline, in the frame of whoever calls them.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int square(int v);

static __noinline int low(int v)
{
	return v & 0xff;
}

__noinline int mix(int a, int b)
{
	return low(a) + square(b & 7);
}

__noinline int square(int v)
{
	return v * v;
}

static __noinline int outer(struct xdp_md *ctx)
{
	return mix(ctx->rx_queue_index, ctx->ingress_ifindex);
}

SEC("xdp")
int global_chain(struct xdp_md *ctx)
{
	return outer(ctx) > 1000 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
