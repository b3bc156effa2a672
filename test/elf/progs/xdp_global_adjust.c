// A global function moves the packet's start (bpf_xdp_adjust_head): the kernel knows the function
// may change packet data, so after the call the caller's packet pointers are unknown scalars and
// reading through one is refused.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int grow(struct xdp_md *ctx)
{
	return bpf_xdp_adjust_head(ctx, -4);
}

SEC("xdp")
int global_adjust(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;

	if ((void *)(data + 1) > end)
		return XDP_DROP;
	grow(ctx);
	return *data == 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
