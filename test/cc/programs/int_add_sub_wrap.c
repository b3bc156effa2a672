// about: unsigned 32- and 64-bit addition and subtraction wrap around; inputs from .data so nothing folds
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[4] = { 0xffffffffULL, 7, 0xfffffffffffffff0ULL, 0x80000000ULL };
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 a = in[0], b = in[1];
	out[0] = (__u32)(a + b);         /* wraps to 6 */
	out[1] = (__u32)(b - a);         /* wraps to 8 */
	out[2] = in[2] + in[3] * 0x200000000ULL;
	out[3] = in[1] - in[2];
	out[4] = (__u64)a + b;           /* no wrap in 64 bits */
	out[5] = (__u32)in[3] + (__u32)in[3];
	__u16 s = (__u16)in[0];
	s += 2;
	out[6] = s;
	out[7] = -in[1];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
