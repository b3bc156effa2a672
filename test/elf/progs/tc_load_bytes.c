// bpf_skb_load_bytes into a stack buffer, and a hash map update from TC.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 8);
} first_words SEC(".maps");

SEC("tc")
int peek(struct __sk_buff *skb)
{
	__u32 w[4] = {};
	if (bpf_skb_load_bytes(skb, 14, w, sizeof(w)) < 0)
		return TC_ACT_OK;
	__u32 k = 0;
	bpf_map_update_elem(&first_words, &k, &w[0], BPF_ANY);
	k = 1;
	bpf_map_update_elem(&first_words, &k, &w[3], BPF_ANY);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
