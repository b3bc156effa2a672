// A per-CPU array and a per-CPU hash.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} pkts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 4);
} lens SEC(".maps");

SEC("xdp")
int percpu(struct xdp_md *ctx)
{
	__u32 k = 0, len = ctx->data_end - ctx->data;
	__u64 *v = bpf_map_lookup_elem(&pkts, &k);
	if (!v)
		return XDP_ABORTED;
	*v += 1;
	bpf_map_update_elem(&lens, &k, &len, BPF_ANY);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
