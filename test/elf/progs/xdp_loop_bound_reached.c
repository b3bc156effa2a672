// The callback's index decides where it writes, so it stays exact from call to call: the kernel
// verifies the callback once per iteration bpf_loop's count allows, then stops.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct cursor {
	__u32 i;
	__u8 buf[8];
};

static int put(__u32 idx, struct cursor *c)
{
	if (c->i < 8)
		c->buf[c->i] = 1;
	c->i++;
	return 0;
}

SEC("xdp")
int bound_reached(struct xdp_md *ctx)
{
	struct cursor c = { .i = 0 };
	bpf_loop(3, put, &c, 0);
	return c.i;
}

char LICENSE[] SEC("license") = "GPL";
