// a function-typed parameter with a parenthesised name, bool (less)(a, b), as bpf_experimental.h declares bpf_rbtree_add_impl — from selftests progs/test_bpf_ma.c, test_spin_lock_fail.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __always_inline int pick(int a, int b, _Bool (less)(int x, int y))
{
	return less(a, b) ? a : b;
}

static _Bool lower(int x, int y)
{
	return x < y;
}

SEC("xdp")
int paren_declarator_param(struct xdp_md *ctx)
{
	return pick(2, 3, lower) == 2 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
