// A bpf_loop callback that calls a function of the program (a bpf-to-bpf call inside the callback).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sum {
	__u64 total;
};

static __attribute__((noinline)) int add(struct sum *s, __u32 v)
{
	s->total += v;
	return 0;
}

static int cb(__u32 i, struct sum *s)
{
	add(s, i);
	return 0;
}

SEC("xdp")
int calls_function(struct xdp_md *ctx)
{
	struct sum s = { 0 };
	bpf_loop(5, cb, &s, 0);
	return s.total > 10 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
