// about: 64-bit constants that need ld_imm64, negative constants, constants at the 32-bit edges
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[1] = { 1 };
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 x = in[0];
	out[0] = x * 0x123456789abcdef0ULL;
	out[1] = x + 0xffffffffULL;
	out[2] = x - 0x80000000LL;
	out[3] = x * -1LL;
	out[4] = x | 0x8000000000000000ULL;
	out[5] = x + 0x7fffffff;
	out[6] = x * 0xffffffff00000000ULL;
	out[7] = (x << 63) >> 63;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
