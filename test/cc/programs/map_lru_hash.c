// about: an LRU hash used as a connection cache below its capacity: lookups refresh, updates add, a delete removes
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 128);
} cache SEC(".maps");

__u32 hits;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (__u32 i = 0; i < 10; i++) {
		__u32 k = i * 7, v = i * i;
		bpf_map_update_elem(&cache, &k, &v, BPF_ANY);
	}
	for (__u32 i = 0; i < 20; i++) {
		__u32 k = i * 7;
		if (bpf_map_lookup_elem(&cache, &k))
			hits++;
	}
	__u32 gone = 21;
	bpf_map_delete_elem(&cache, &gone);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
