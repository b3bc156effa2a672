// bpf_printk's format strings live in .rodata.str1.1 (global data libbpf makes a map of).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int say(struct xdp_md *ctx)
{
	int len = ctx->data_end - ctx->data;
	bpf_printk("len %d", len);
	bpf_printk("twice %d", len * 2);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
