// about: calls as arguments of calls (f(g(x), h(y, z))), calls in conditions and in return expressions, results of earlier calls kept across later ones
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in[3] = { 4, 9, 2 };
__u64 out[3];

static __attribute__((noinline)) __u64 g(__u64 x) { return x * x; }
static __attribute__((noinline)) __u64 h(__u64 x, __u64 y) { return x * 10 + y; }
static __attribute__((noinline)) __u64 f(__u64 a, __u64 b) { return a - b / 2; }

static __attribute__((noinline)) __u64 pick(__u64 x)
{
	if (g(x) > h(x, 1))
		return f(g(x), x);
	return h(g(x), f(x, 2));
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = f(g(in[0]), h(in[1], in[2]));
	out[1] = pick(in[1]) + pick(in[2]);
	out[2] = h(f(g(1), h(2, 3)), g(f(10, 4)));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
