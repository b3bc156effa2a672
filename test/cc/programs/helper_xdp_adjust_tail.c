// about: bpf_xdp_adjust_tail: trim the packet to its headers (negative delta), then grow it by 8 bytes that are written
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long rc[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int len = ctx->data_end - ctx->data;
	rc[0] = bpf_xdp_adjust_tail(ctx, 42 - len);
	rc[1] = bpf_xdp_adjust_tail(ctx, 8);
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 50) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	for (int i = 42; i < 50; i++)
		p[i] = i;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
