// A bpf_loop callback: verified as one, from the func_info bpfplay gives every function (the kernel accepts clang -g's object and bpfplay's)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct ctxdata {
	__u64 sum;
};

static long add_one(__u32 index, void *data)
{
	struct ctxdata *c = data;
	c->sum += index;
	return 0;
}

SEC("xdp")
int callback_loop(struct xdp_md *ctx)
{
	struct ctxdata c = { .sum = 0 };
	bpf_loop(10, add_one, &c, 0);
	return c.sum == 45 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
