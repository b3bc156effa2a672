// bpf_loop with a callback and a context on the caller's stack.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct acc {
	__u64 total;
	__u32 n;
};

__u64 result;

static long step(__u32 i, void *data)
{
	struct acc *a = data;
	a->total += i * 3;
	a->n++;
	return 0;
}

SEC("xdp")
int loop_sum(struct xdp_md *ctx)
{
	struct acc a = {};
	bpf_loop(10, step, &a, 0);
	result = a.total;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
