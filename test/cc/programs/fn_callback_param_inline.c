// about: static __always_inline functions taking a function-pointer parameter and calling it (plain, through (*f), with a parenthesised declarator, passed down to another inline): after inlining the callee is known and the call is direct
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in[4] = { 7, 3, 9, 1 };
__u64 out[4];

static int twice(int x) { return 2 * x; }
static __noinline int plus_seven(int x) { return x + 7; }
static _Bool lower(int x, int y) { return x < y; }

static __always_inline int apply(int (*f)(int), int v)
{
	return f(v) + (*f)(1);
}

static __always_inline int pick(int a, int b, _Bool (less)(int x, int y))
{
	return less(a, b) ? a : b;
}

static __always_inline int apply_twice(int (*f)(int), int v)
{
	return apply(f, apply(f, v));
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = apply(twice, in[0]) + apply(plus_seven, in[1]);
	out[1] = pick(in[0], in[1], lower) * 100 + pick(in[2], in[3], lower);
	out[2] = apply_twice(twice, in[3]);
	out[3] = pick(apply(twice, in[2]), apply_twice(plus_seven, in[2]), lower);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
