// A global function hands its pointer arguments (memory of the pointee's size, once checked for
// NULL) to helpers: a map key and a map value, as the kernel takes PTR_TO_MEM for both.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

__noinline int bump(__u32 *key, __u64 *init)
{
	__u64 *v;

	if (!key || !init)
		return 0;
	v = bpf_map_lookup_elem(&counts, key);
	if (v) {
		*v += 1;
		return 1;
	}
	return bpf_map_update_elem(&counts, key, init, BPF_ANY) == 0;
}

SEC("xdp")
int global_helper(struct xdp_md *ctx)
{
	__u32 key = ctx->rx_queue_index;
	__u64 one = 1;

	return bump(&key, &one) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
