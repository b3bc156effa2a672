// about: a chain of noinline calls (a calls b calls c calls d), each with its own stack frame and locals, callee-saved registers kept across calls
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in = 5;
__u64 out[2];

static __attribute__((noinline)) __u64 d(__u64 x)
{
	volatile __u64 buf[4] = { x, x + 1, x + 2, x + 3 };
	return buf[0] + buf[3];
}

static __attribute__((noinline)) __u64 c(__u64 x)
{
	__u64 keep = x * 7;
	return d(x) + keep;
}

static __attribute__((noinline)) __u64 b(__u64 x)
{
	__u64 k1 = x + 1, k2 = x + 2;
	return c(k1) * k2 + c(k2);
}

static __attribute__((noinline)) __u64 a(__u64 x)
{
	return b(x) - b(x - 1);
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = a(in);
	out[1] = b(in) + d(in);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
