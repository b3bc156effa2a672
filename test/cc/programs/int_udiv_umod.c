// about: unsigned division and remainder, 32 and 64 bits, by variables, by powers of two and by other constants
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[4] = { 1000000007, 13, 0xffffffffffffffffULL, 0x100000000ULL };
__u64 out[10];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 a = in[0], b = in[1];
	out[0] = a / b;
	out[1] = a % b;
	out[2] = in[2] / in[3];
	out[3] = in[2] % in[1];
	out[4] = a / 16;
	out[5] = a % 64;
	out[6] = a / 7;
	out[7] = in[2] / 1000;
	out[8] = in[2] % 10;
	out[9] = (__u32)in[2] / (b + 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
