// about: unsigned division and modulo guarded against zero divisors (the guard and the division in one expression), with divisors from a table
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 divs[5] = { 0, 3, 0, 7, 1 };
__u64 big = 1000000;
__u64 out[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (int i = 0; i < 5; i++) {
		__u32 d = divs[i];
		out[i] = d ? big / d + big % d : 0xdead;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
