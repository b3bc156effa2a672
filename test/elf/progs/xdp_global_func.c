// A global (non-static) function: with BTF the kernel verifies it on its own, from its prototype.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int clamp(int v)
{
	if (v > 1500)
		return 1500;
	return v < 0 ? 0 : v;
}

SEC("xdp")
int use_global(struct xdp_md *ctx)
{
	return clamp(ctx->data_end - ctx->data) > 60 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
