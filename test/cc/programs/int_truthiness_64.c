// about: truth values of 64-bit integers whose low 32 bits are zero, of pointers and of negative numbers, in if, !, && and the ternary
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[3] = { 0x100000000ULL, 0, 0xffffffff00000000ULL };
__u32 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 a = in[0], z = in[1], n = in[2];
	if (a)
		out[0] = 1;
	out[1] = !a;
	out[2] = a && n;
	out[3] = z || (n >> 32);
	out[4] = (long long)n ? 5 : 6;
	out[5] = (__u32)a ? 7 : 8;
	void *p = (void *)(long)ctx->data;
	out[6] = p ? 9 : 10;
	_Bool b = a;
	out[7] = b * 3;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
