// about: found by random_vs_clang (seed 88): ~ and unary - on an unsigned int constant are folded
// about: to a 64-bit (negative) value instead of a 32-bit unsigned one, so converting the result to
// about: a 64-bit type sign-extends it: clang-19 stores out[0] = ~232u = 0x00000000ffffff17 and
// about: out[1] = -232u = 0x00000000ffffff18; bpfplay stores 0xffffffffffffff17 and
// about: 0xffffffffffffff18 (wrong values, no diagnostic). ~(__u32)in[0] at run time agrees.
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = ~232u;
	out[1] = -232u;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
