// A global function takes the context: the kernel verifies it on its own with R1 a context pointer
// (its type is the program type's context, struct xdp_md), so it may read the packet's bounds.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int packet_len(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;

	if (data + 14 > end)
		return 0;
	return end - data;
}

SEC("xdp")
int global_ctx(struct xdp_md *ctx)
{
	return packet_len(ctx) > 60 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
