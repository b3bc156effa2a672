// Per-interface counters under a bpf_spin_lock in a hash map's value, as tc programs keep them.
// bpfplay has no bpf_spin_lock (it tracks neither the lock's place in the value, found through
// the map's BTF, nor the held lock): it refuses the call where the kernel loads the program.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct val {
	struct bpf_spin_lock lock;
	__u64 pkts, bytes;
};
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, struct val);
	__uint(max_entries, 16);
} per_if SEC(".maps");

SEC("tc")
int spin(struct __sk_buff *skb)
{
	__u32 k = skb->ifindex;
	struct val *v = bpf_map_lookup_elem(&per_if, &k);
	if (!v)
		return TC_ACT_OK;
	bpf_spin_lock(&v->lock);
	v->pkts++;
	v->bytes += skb->len;
	bpf_spin_unlock(&v->lock);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
