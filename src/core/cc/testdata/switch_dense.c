#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int switch_dense(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	__u8 *p = data;
	if ((void *)(p + 24) > end)
		return XDP_ABORTED;
	int r;
	switch (p[23]) {
	case 1: r = 10; break;
	case 2: r = 20; break;
	case 3:
	case 4: r = 30; break;
	case 5: r = 50;
	case 6: r = 60; break;
	default: r = 0;
	}
	return r == 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
