// about: bounded loops with many iterations (1000 rounds of a data-dependent recurrence, a bound from .rodata) that clang cannot fold or unroll away
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 limit = 500;
__u64 seed = 12345;
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 x = seed;
	for (int i = 0; i < 1000; i++)
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
	out[0] = x;
	__u64 s = 0;
	for (__u32 i = 0; i < limit; i++)
		s += (seed >> (i & 31)) & 1 ? i : 1;
	out[1] = s;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
