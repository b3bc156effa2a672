#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __noinline int classify(__u32 port)
{
	switch (port) {
	case 22: return 1;
	case 80: return 2;
	case 443: return 3;
	case 8080: return 4;
	case 53: return 5;
	case 0x10000: return 6;
	}
	return 0;
}

SEC("xdp")
int switch_sparse(struct xdp_md *ctx)
{
	return classify(ctx->data_end - ctx->data + 16) == 0 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
