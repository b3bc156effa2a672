#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int stage;

SEC("xdp")
int goto_cleanup(struct xdp_md *ctx)
{
	int n = ctx->data_end - ctx->data;
	int r = XDP_PASS;
	if (n < 14)
		goto drop;
	stage = 1;
	if (n > 1500)
		goto drop;
	stage = 2;
	goto out;
drop:
	r = XDP_DROP;
out:
	return r;
}

char LICENSE[] SEC("license") = "GPL";
