// about: a static const lookup table in .rodata indexed by a packet byte, with the index checked against the table's size
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static const __u16 weights[16] = { 1, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53 };
__u64 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 40) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	__u32 i = p[23];            /* IP protocol: 6 */
	__u32 j = p[39] & 15;
	if (i < 16)
		out[0] = weights[i];
	out[1] = weights[j];
	out[2] = weights[(i + j) & 15] * weights[15];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
