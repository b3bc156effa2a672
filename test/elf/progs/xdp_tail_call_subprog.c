// A tail call from a function of the program, not its own: allowed where the program has BTF.
// The kernel verifies the call as a possible return from that function (the tail call succeeds)
// and as a call that goes on (it fails: the array holds no program there).
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
int tail_call_subprog(struct xdp_md *ctx)
{
	return jump(ctx);
}

char LICENSE[] SEC("license") = "GPL";
