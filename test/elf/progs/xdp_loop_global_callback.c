// A bpf_loop callback that is a global function: the kernel refuses its address (a callback
// must be static), where the program loads it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) long visit(__u32 i, void *data)
{
	return 0;
}

SEC("xdp")
int global_callback(struct xdp_md *ctx)
{
	bpf_loop(3, visit, 0, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
