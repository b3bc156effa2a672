// about: found by random_vs_clang (seed 82): an unsigned 64-bit bit-field wider than 32 bits,
// about: initialised or assigned from a computed value (0 - in[0]), keeps only the low 32 bits:
// about: clang-19 gives out[0] = 0x7ffffffff0 (39 bits of -16), bpfplay 0x00000000fffffff0 (wrong
// about: value, no diagnostic). Storing in[0] itself into the same field agrees.
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[1] = { 0x10 };
__u64 out[1];

struct S { __u64 b : 39; };

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct S s = { 0 - in[0] };
	out[0] = s.b;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
