// about: found by random_vs_clang (seed 1031): a value known to be at most 143 (143 >> n) stored
// about: in a (signed) char and widened again is not sign-extended: clang-19 gives
// about: out[0] = (__u64)(char)143 = 0xffffffffffffff8f, bpfplay 0x000000000000008f (wrong value, no
// about: diagnostic). The upper bound 143 fits 8 bits unsigned but not signed char (max 127).
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[1] = { 0 };
__u64 out[1];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	char c = 143ULL >> (in[0] & 63);
	out[0] = c;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
