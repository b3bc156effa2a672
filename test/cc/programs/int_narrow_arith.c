// about: arithmetic on u8, s8, u16 and s16 operands: products and differences computed in int, then stored back narrow or kept wide
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u8 u8s[2] = { 200, 250 };
__s8 s8s[2] = { -100, 90 };
__u16 u16s[2] = { 0x7fff, 3 };
__s16 s16s[2] = { -30000, 2 };
long long out[10];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = u8s[0] - u8s[1];              /* -50: int */
	__u8 d = u8s[0] - u8s[1];
	out[1] = d;                            /* 206 */
	out[2] = s8s[0] * s8s[1];              /* -9000 */
	__s8 e = s8s[0] * s8s[1];
	out[3] = e;
	out[4] = u16s[0] * u16s[1];            /* 98301, no overflow in int */
	__u16 f = u16s[0] * u16s[1];
	out[5] = f;
	out[6] = s16s[0] * s16s[1];
	__s16 g = s16s[0] * s16s[1];
	out[7] = g;
	out[8] = (u8s[1] + 10) / 3;
	out[9] = (__u8)(u8s[1] + 10) / 3;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
