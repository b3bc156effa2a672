// a floating constant converted to an integer at compile time (bpf_timer_start(&t, 10E9, 0): no floating-point code is emitted) — from selftests progs/test_helper_restricted.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __always_inline __u64 scaled(__u64 ns)
{
	return ns / 1000;
}

SEC("xdp")
int float_constant_arg(struct xdp_md *ctx)
{
	__u64 limit = 10E9;

	return scaled(limit) + scaled(2.5e3) == 10000002 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
