// cgroup_skb ingress and egress: allow, counting bytes in an array.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} bytes SEC(".maps");

static __always_inline int count(struct __sk_buff *skb, __u32 dir)
{
	__u64 *b = bpf_map_lookup_elem(&bytes, &dir);
	if (b)
		__sync_fetch_and_add(b, skb->len);
	return 1;
}

SEC("cgroup_skb/ingress")
int in(struct __sk_buff *skb)
{
	return count(skb, 0);
}

SEC("cgroup_skb/egress")
int out(struct __sk_buff *skb)
{
	return count(skb, 1);
}

char LICENSE[] SEC("license") = "GPL";
