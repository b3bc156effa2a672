// A global function returns a value below 4, but the caller gets an unknown scalar back (the kernel
// does not look inside a global function at the call), so indexing with it unchecked is refused.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[4]);
} slots SEC(".maps");

__noinline int pick(unsigned int n)
{
	return n & 3;
}

SEC("xdp")
int global_ret(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&slots, &key);

	if (!v)
		return XDP_PASS;
	v[pick(ctx->data_end - ctx->data)] += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
