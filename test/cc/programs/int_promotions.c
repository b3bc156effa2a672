// about: the usual arithmetic conversions: char and short promote to int, unsigned int wins against int, u8 sums do not wrap
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[2] = { 200, 100 };
long long out[10];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	unsigned char x = in[0], y = in[1];
	signed char sx = in[0];
	short s = -in[1];
	unsigned short us = s;
	int minus1 = in[1] - 101;
	out[0] = x + y;                  /* 300: promoted to int */
	out[1] = (unsigned char)(x + y); /* 44 */
	out[2] = sx;                     /* -56 */
	out[3] = sx * y;
	out[4] = s + us;
	out[5] = minus1 < 1u;            /* 0: -1 becomes UINT_MAX */
	out[6] = minus1 < 1;
	out[7] = (unsigned int)minus1 / 2;
	out[8] = minus1 >> 1;
	out[9] = ~x;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
