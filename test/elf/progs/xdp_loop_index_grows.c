// A bpf_loop callback writes at an index its context carries, then sets the index past the
// buffer: the second call writes out of the context's bounds, and the kernel rejects it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct slot {
	__u32 i;
	__u8 buf[4];
};

static int put(__u32 idx, struct slot *s)
{
	s->buf[s->i & 7] = 1;
	s->i = 5;
	return 0;
}

SEC("xdp")
int index_grows(struct xdp_md *ctx)
{
	struct slot s = { .i = 0 };
	bpf_loop(2, put, &s, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
