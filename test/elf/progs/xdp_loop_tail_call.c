// A tail call inside a bpf_loop callback: the kernel's precision tracking stops there with
// "verifier bug: callback unexpected regs 1", and the program is refused.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u32);
} jumps SEC(".maps");

struct holder {
	struct xdp_md *ctx;
};

static long jump(__u32 i, struct holder *h)
{
	bpf_tail_call(h->ctx, &jumps, 0);
	return 0;
}

SEC("xdp")
int loop_tail_call(struct xdp_md *ctx)
{
	struct holder h = { ctx };
	bpf_loop(2, jump, &h, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
