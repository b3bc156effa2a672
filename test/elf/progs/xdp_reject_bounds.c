// Rejected: reads past the checked end of the packet.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int past_end(struct xdp_md *ctx)
{
	unsigned char *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (p + 14 > end)
		return XDP_PASS;
	return p[20] == 0x45 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
