// about: 64-bit comparisons and arithmetic at the signed and unsigned edges (2^63, 2^32, -1), 32-bit comparisons of the low halves
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[4] = { 0x8000000000000000ULL, 0x7fffffffffffffffULL, 0xffffffffffffffffULL, 0x100000000ULL };
__u32 out[12];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 a = in[0], b = in[1], c = in[2], d = in[3];
	out[0] = a > b;
	out[1] = (long long)a > (long long)b;
	out[2] = c == (__u64)-1;
	out[3] = (long long)c < 0;
	out[4] = (__u32)d == 0;
	out[5] = d > 0xffffffffULL;
	out[6] = (int)(c >> 32) == -1;
	out[7] = (__u32)c > (__u32)d;
	out[8] = (int)(__u32)c < (int)(__u32)d;
	out[9] = b + 1 == a;
	out[10] = (a >> 63) + (b >> 62);
	out[11] = (__u32)(d - 1) == 0xffffffffu;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
