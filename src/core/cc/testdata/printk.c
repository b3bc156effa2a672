#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int printk(struct xdp_md *ctx)
{
	int n = ctx->data_end - ctx->data;
	bpf_printk("len %d", n);
	bpf_printk("twice %d and %d", n * 2, n + 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
