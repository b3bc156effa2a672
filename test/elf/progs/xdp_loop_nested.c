// A bpf_loop callback that calls bpf_loop itself: each loop is verified until its states converge.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct total {
	__u32 n;
};

static int inner(__u32 i, struct total *t)
{
	t->n += i;
	return 0;
}

static int outer(__u32 i, struct total *t)
{
	bpf_loop(2, inner, t, 0);
	return t->n > 100;
}

SEC("xdp")
int nested(struct xdp_md *ctx)
{
	struct total t = { .n = 0 };
	bpf_loop(3, outer, &t, 0);
	return t.n & 1 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
