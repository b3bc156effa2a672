// Rejected: the callback may have changed the index on the caller's stack, and the caller uses it
// unchecked (the kernel verifies the caller after one or more callback runs).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 slots[8];

static long set_index(__u32 i, void *data)
{
	*(__u32 *)data = i * 4;
	return 0;
}

SEC("xdp")
int loop_unchecked(struct xdp_md *ctx)
{
	__u32 n = 0;
	bpf_loop(4, set_index, &n, 0);
	slots[n] += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
