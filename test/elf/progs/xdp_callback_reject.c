// Rejected: a bpf_loop callback must return 0 or 1.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static long bad_step(__u32 i, void *data)
{
	return 7;
}

SEC("xdp")
int bad_loop(struct xdp_md *ctx)
{
	bpf_loop(3, bad_step, 0, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
