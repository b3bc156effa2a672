// Rejected: the second program uses a map value without checking it for NULL; the first is fine.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 4);
} m SEC(".maps");

SEC("xdp")
int checked(struct xdp_md *ctx)
{
	__u32 k = 1, *v = bpf_map_lookup_elem(&m, &k);
	return v ? *v & 3 : XDP_PASS;
}

SEC("xdp")
int unchecked(struct xdp_md *ctx)
{
	__u32 k = 1, *v = bpf_map_lookup_elem(&m, &k);
	return *v & 3;
}

char LICENSE[] SEC("license") = "GPL";
