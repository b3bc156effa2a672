// A function that makes a tail call, called with 304 bytes of stack above it: a tail call frees
// only its own frame, so the kernel refuses callers holding 256 bytes or more.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} jumps SEC(".maps");

static __attribute__((noinline)) int jump(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jumps, 0);
	return XDP_PASS;
}

SEC("xdp")
int tail_call_deep(struct xdp_md *ctx)
{
	volatile char buf[300];
	buf[0] = 1;
	buf[299] = 2;
	return jump(ctx) + buf[ctx->ingress_ifindex & 255];
}

char LICENSE[] SEC("license") = "GPL";
