// about: shifts after promotion: u8 << 8 and u16 << 16 in int, a u32 shifted into the upper half only after a cast, 64-bit values shifted down into 32-bit results
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u8 b = 0x7f;
__u16 h = 0x7abc;
__u32 w = 0x89abcdef;
__u64 q = 0xfedcba9876543210ULL;
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = b << 8;
	out[1] = h << 15;
	out[2] = (__u64)w << 16;
	out[3] = w << 16;                       /* stays 32-bit */
	__u32 lo = q >> 32;
	out[4] = lo;
	out[5] = (__u32)(q >> 28);
	int n = b & 7;
	out[6] = (__u64)(-1 >> n);              /* arithmetic in int, then sign-extended */
	out[7] = (h << 8) >> 4;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
