// bpf_loop: the context's field v alternates 1, 0, 1, ...; at the callback's second return v (a spill of 0) is widened against the first's (1, not precise), so the third run may index arr with any value: the kernel refuses it (a spill of 0 kept as zero bytes must not read 0 once widened)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u8 arr[2];

struct ctx {
	__u64 flag;
	__u64 v;
};

static long cb(__u32 i, void *data)
{
	struct ctx *c = data;
	if (c->flag)
		arr[c->v] = 1;
	c->flag = 1;
	c->v ^= 1;
	return 0;
}

SEC("xdp")
int prog(struct xdp_md *x)
{
	struct ctx c = { .flag = 0, .v = 1 };
	bpf_loop(4, cb, &c, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
