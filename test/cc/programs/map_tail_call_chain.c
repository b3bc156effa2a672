// about: tail calls chained through a prog_array (a to b to c), state passed along in a per-CPU scratch map
// packet: ipv4-udp
// init: chain:01000000:@stage_b
// init: chain:02000000:@stage_c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
	__uint(max_entries, 4);
} chain SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} scratch SEC(".maps");

static __always_inline __u64 *state(void)
{
	__u32 k = 0;
	return bpf_map_lookup_elem(&scratch, &k);
}

SEC("xdp")
int stage_a(struct xdp_md *ctx)
{
	__u64 *s = state();
	if (!s)
		return XDP_ABORTED;
	*s = 1;
	bpf_tail_call(ctx, &chain, 1);
	return XDP_DROP;
}

SEC("xdp")
int stage_b(struct xdp_md *ctx)
{
	__u64 *s = state();
	if (!s)
		return XDP_ABORTED;
	*s = *s * 10 + 2;
	bpf_tail_call(ctx, &chain, 2);
	return XDP_DROP;
}

SEC("xdp")
int stage_c(struct xdp_md *ctx)
{
	__u64 *s = state();
	if (!s)
		return XDP_ABORTED;
	*s = *s * 10 + 3;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
