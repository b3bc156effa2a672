// bpf_for_each_map_elem over an array map, from a TC program.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} weights SEC(".maps");

struct ctx_acc {
	__u64 sum;
};

__u64 seen;

static long add_one(struct bpf_map *map, __u32 *key, __u64 *val, struct ctx_acc *c)
{
	*val += *key;
	c->sum += *val;
	return 0;
}

SEC("tc")
int walk_weights(struct __sk_buff *skb)
{
	struct ctx_acc c = {};
	bpf_for_each_map_elem(&weights, add_one, &c, 0);
	seen = c.sum;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
