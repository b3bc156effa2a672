// about: bpf_tail_call_static from bpf_helpers.h (an inline-asm sequence that loads r1..r3 and calls helper 12 with a constant slot), and a missed slot
// packet: ipv4-tcp
// init: jt:02000000:@target
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
	__uint(max_entries, 4);
} jt SEC(".maps");

__u32 hops[3];

SEC("xdp")
int entry(struct xdp_md *ctx)
{
	hops[0]++;
	bpf_tail_call_static(ctx, &jt, 1);   /* empty: goes on */
	hops[1]++;
	bpf_tail_call_static(ctx, &jt, 2);
	return XDP_DROP;
}

SEC("xdp")
int target(struct xdp_md *ctx)
{
	hops[2]++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
