// about: 32- and 64-bit multiplication, a 32x32 product widened to 64 bits, multiply by constants
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[4] = { 0x12345678, 0x9abcdef0, 0xfedcba9876543210ULL, 3 };
__u64 out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 a = in[0], b = in[1];
	out[0] = a * b;                  /* 32-bit product, truncated */
	out[1] = (__u64)a * b;           /* widened first */
	out[2] = in[2] * in[3];
	out[3] = in[2] * 10;
	out[4] = a * 1000003u;
	out[5] = (in[0] << 3) * (in[3] + 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
