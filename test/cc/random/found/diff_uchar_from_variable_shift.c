// about: found by random_vs_clang (seeds 2166, 3099, 3171): a value shifted right by a variable
// about: amount and converted to a narrower type (initialisation, cast, or argument of an inlined
// about: function) is not truncated: clang-19 gives out[0] = 0x89, out[1] = 0xffff, out[2] = 0xffff;
// about: bpfplay gives 0x23456789, 0x7fffffff7fffffff and 0xffffffff (wrong values, no diagnostic).
// about: With a constant shift amount it agrees.
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[2] = { 0x123456789, 0 };
__u64 out[3];

static __always_inline __u64 widen(__u16 v) { return v; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	unsigned char a = in[0] >> (in[1] & 63);
	out[0] = a;
	out[1] = (unsigned short)(0x7fffffff7fffffffUL >> (in[1] & 63));
	out[2] = widen(0xffffffff >> (in[1] & 31));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
