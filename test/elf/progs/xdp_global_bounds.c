// The caller knows its argument is below 4, the global function does not: the kernel verifies it
// for any int, so the unchecked index into a map value is refused.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[4]);
} slots SEC(".maps");

__noinline int bump(unsigned int i)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&slots, &key);

	if (!v)
		return 0;
	v[i] += 1;
	return 1;
}

SEC("xdp")
int global_bounds(struct xdp_md *ctx)
{
	unsigned int i = (ctx->data_end - ctx->data) & 3;

	return bump(i) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
