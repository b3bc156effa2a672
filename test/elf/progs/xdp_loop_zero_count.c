// bpf_loop with a count of 0 never calls its callback: the kernel does not verify it, so a
// callback that returns a value bpf_loop refuses is no error here.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int never(__u32 i, void *data)
{
	return 7;
}

SEC("xdp")
int zero_count(struct xdp_md *ctx)
{
	bpf_loop(0, never, 0, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
