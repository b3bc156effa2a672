// A bpf_loop callback counts into its context on the caller's stack; the caller checks the count
// before it indexes an array with it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 slots[8];

static long count(__u32 i, void *data)
{
	__u32 *n = data;
	if (i & 1)
		*n += 1;
	return *n > 5;
}

SEC("xdp")
int loop_index(struct xdp_md *ctx)
{
	__u32 n = 0;
	bpf_loop(16, count, &n, 0);
	if (n < 8)
		slots[n] += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
