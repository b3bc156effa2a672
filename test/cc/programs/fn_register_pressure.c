// about: more live values than callee-saved registers across helper calls: values spilled to the stack and reloaded
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
__u64 out[2];

static __attribute__((noinline)) __u64 mix(__u64 a, __u64 b)
{
	return a * 31 + b;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 a = in[0], b = in[1], c = in[2], d = in[3], e = in[4], f = in[5], g = in[6], h = in[7];
	__u64 x = mix(a, b);
	__u64 y = mix(c, d);
	__u64 z = mix(e, f);
	__u64 w = mix(g, h);
	out[0] = x + y + z + w + a + b + c + d + e + f + g + h;
	out[1] = mix(mix(x, y), mix(z, w)) ^ (a | h);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
