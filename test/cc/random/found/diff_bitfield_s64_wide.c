// about: found by random_vs_clang (seed 28): a signed 64-bit bit-field wider than 32 bits loses
// about: its upper 32 bits: clang-19 reads s.b back as 0xc666bbb229 sign-extended from 40 bits,
// about: out[0] = 0xffffffc666bbb229; bpfplay gives 0x0000000066bbb229 (wrong value, no diagnostic).
// about: Unsigned 64-bit bit-fields (unsigned long b : 40, __u64 b : 63) agree; long b : 40..64 all differ.
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[1] = { 0x193f25c666bbb229ULL };
__u64 out[1];

struct S { long b : 40; };

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct S s = { in[0] };
	out[0] = s.b;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
