// about: a stack map: push three values, pop one (LIFO), peek the new top; an empty pop's error code
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_STACK);
	__type(value, __u64);
	__uint(max_entries, 8);
} st SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_STACK);
	__type(value, __u64);
	__uint(max_entries, 2);
} empty SEC(".maps");

long long out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (__u64 i = 1; i <= 3; i++) {
		__u64 v = i * 111;
		bpf_map_push_elem(&st, &v, 0);
	}
	__u64 v = 0;
	out[0] = bpf_map_pop_elem(&st, &v);
	out[1] = v;
	bpf_map_peek_elem(&st, &v);
	out[2] = v;
	out[3] = bpf_map_pop_elem(&empty, &v);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
