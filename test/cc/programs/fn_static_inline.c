// about: plain static (and static inline) functions that clang inlines at -O2 and bpfplay may call: the same results either way
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 vals[6] = { 3, 14, 15, 92, 65, 35 };
__u64 out[3];

static int square(int x) { return x * x; }
static inline __u32 clamp(__u32 v, __u32 lo, __u32 hi) { return v < lo ? lo : v > hi ? hi : v; }
static __u64 sum_squares(const __u32 *a, int n)
{
	__u64 s = 0;
	for (int i = 0; i < n && i < 6; i++)
		s += square(a[i]);
	return s;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = sum_squares(vals, 6);
	out[1] = clamp(vals[3], 10, 50) + clamp(vals[0], 10, 50);
	out[2] = square(-7) + square(vals[5]);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
