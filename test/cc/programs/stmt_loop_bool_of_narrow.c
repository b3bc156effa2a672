// about: verifier state pruning in a loop (issue 8, reduced from random seed 4151): `le = (int)v <= 5`
// about: makes a 0/1 value from a test on a loop-carried unsigned short. A jump on v's own register
// about: narrows v's range in its home on each arm, a later identical test is then decided by that
// about: range (which makes v precise), and the loop-head states never prune: the kernel processed
// about: 9,677 instructions for bpfplay's code (clang's: 2,379); both are accepted at 12 iterations,
// about: the seed (more iterations) is still refused for bpfplay's code (test/cc/random/known.ts).
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[4] = { 0x100, 0x7fff0003, 0x9e3779b97f4a7c15ULL, 0x1234 };

static __noinline __u64 mix(__u64 x)
{
	return x * 0x9e3779b97f4a7c15ULL;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 acc = 0;
	unsigned short v = in[1] | 1;
	for (int i = 0; i < 12; i++) {
		switch (mix(in[i & 3] + i) & 3) {
		case 0: v %= (in[2] & 7) + 1; break;
		case 1: v ^= mix(in[3]); break;
		case 2: acc += v; break;
		default: v += 3;
		}
		long le = (int)v <= 5;
		acc = (acc ^ (__u64)le) * 31;
	}
	return acc ^ v;
}

char LICENSE[] SEC("license") = "GPL";
