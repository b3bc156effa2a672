#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 out32[8];
__u64 out64[4];

SEC("xdp")
int arith(struct xdp_md *ctx)
{
	__u32 a = ctx->data_end - ctx->data; /* packet length: unknown to the compiler */
	__u32 b = a * 3 + 0xfffffff0;        /* wraps in 32 bits */
	__u64 c = (__u64)a << 40 | b;
	out32[0] = b;
	out32[1] = b / 7;
	out32[2] = b % 7;
	out32[3] = b >> 3;
	out32[4] = a ^ 0x5a5a;
	out32[5] = ~a & 0xff;
	out32[6] = -a;
	out64[0] = c;
	out64[1] = c / 1000;
	out64[2] = c * 0x100000001ULL;
	out64[3] = c - (a + 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
