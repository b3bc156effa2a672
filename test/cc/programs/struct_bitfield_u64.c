// about: bitfields of a 64-bit base type wider than 32 bits and crossing the 32-bit boundary, and a union of a bitfield struct with its raw word
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct wide { __u64 lo : 20; __u64 mid : 24; __u64 hi : 19; __u64 bit : 1; };
union w { struct wide f; __u64 raw; };
__u64 in = 0xfedcba9876543210ULL;
__u64 out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	union w v;
	v.raw = in;
	out[0] = v.f.lo;
	out[1] = v.f.mid;
	out[2] = v.f.hi;
	out[3] = v.f.bit;
	v.f.mid = 0xabcdef;
	v.f.hi += 1;
	out[4] = v.raw;
	out[5] = sizeof(struct wide);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
