// about: #pragma unroll on loops with constant trip counts, over packet bytes and over a local array
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 34) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	__u32 h = 0;
#pragma unroll
	for (int i = 0; i < 12; i++)
		h = (h << 5) + h + p[i];
	out[0] = h;
	__u16 *w = (__u16 *)(p + 14);
	__u32 csum = 0;
#pragma clang loop unroll(full)
	for (int i = 0; i < 10; i++)
		csum += w[i];
	out[1] = csum;
	int sq[5];
#pragma unroll
	for (int i = 0; i < 5; i++)
		sq[i] = i * i;
	out[2] = sq[1] + sq[2] + sq[4];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
