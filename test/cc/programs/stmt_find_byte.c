// about: a bounded search loop over the payload for the first '/' and the first space after it, with an early exit and the packet checked per byte
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__s32 slash = -1, space = -1;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data + 54;
	void *end = (void *)(long)ctx->data_end;
	for (int i = 0; i < 32; i++) {
		if ((void *)(p + i + 1) > end)
			break;
		if (slash < 0) {
			if (p[i] == '/')
				slash = i;
		} else if (p[i] == ' ') {
			space = i;
			break;
		}
	}
	return space > slash ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
