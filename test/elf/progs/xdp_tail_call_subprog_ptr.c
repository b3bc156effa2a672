// A tail call from a function that returns a pointer: the kernel allows tail calls only in
// functions that return an integer (it reads the function's type in BTF).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} jumps SEC(".maps");

static __attribute__((noinline)) void *jump(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jumps, 0);
	return 0;
}

SEC("xdp")
int tail_call_ptr(struct xdp_md *ctx)
{
	return jump(ctx) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
