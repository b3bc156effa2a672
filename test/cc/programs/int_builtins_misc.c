// about: __builtin_expect, __builtin_constant_p, _Static_assert, typeof, statement expressions, __builtin_popcount and __builtin_ctz
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define max_t(t, a, b) ({ t _a = (a); t _b = (b); _a > _b ? _a : _b; })

_Static_assert(sizeof(__u64) == 8, "u64 is 8 bytes");

__u32 in[2] = { 0xf0f0, 40 };
long long out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 x = in[0];
	if (likely(x))
		out[0] = 1;
	out[1] = __builtin_constant_p(x) * 10 + __builtin_constant_p(42);
	typeof(x) y = x + 1;
	out[2] = y;
	out[3] = max_t(int, in[1], 7 * 5);
	out[4] = __builtin_popcount(x);
	out[5] = __builtin_ctz(x);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
