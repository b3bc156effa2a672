// about: a queue map: push until full (the error code kept), peek, pop in FIFO order; what is left shows in the dump
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__type(value, __u32);
	__uint(max_entries, 4);
} q SEC(".maps");

long long out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (__u32 i = 0; i < 5; i++) {
		__u32 v = 10 + i;
		out[i] = bpf_map_push_elem(&q, &v, 0);
	}
	__u32 v = 0;
	bpf_map_peek_elem(&q, &v);
	out[5] = v;
	bpf_map_pop_elem(&q, &v);
	out[6] = v;
	__u32 w = 99;
	out[7] = bpf_map_push_elem(&q, &w, BPF_EXIST);   /* full: BPF_EXIST drops the oldest */
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
