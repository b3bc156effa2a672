// about: one large expression mixing 32- and 64-bit operands, signed and unsigned, with many live temporaries (register pressure inside an expression)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 a = 0x123456789ULL, b = 77, c = 0xfedcba98ULL;
__u32 d = 0x9999, e = 12345, f = 3;
long long g = -555;
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = ((a * b + c) ^ (d << f)) + ((e * d) >> f) - (g * (long long)(a & 0xff)) + ((c | d) & (a ^ e)) * (b + f) + ((a >> 7) ^ (c << 3)) + (d * e * f) + ((g < 0) ? a - c : c - a);
	out[1] = (a + b) * (c + d) - (e + f) * (g + 1000) + ((a ^ b) | (c & d)) * ((e | f) + (__u32)g);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
