// A caller passes a map lookup's result, which may be NULL, where the global function's parameter
// is tagged __arg_nonnull: the kernel refuses the call ("arg#0 is expected to be non-NULL").
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} seen SEC(".maps");

__noinline int low_bit(unsigned int *p __arg_nonnull)
{
	return p ? *p & 1 : 0;
}

SEC("xdp")
int global_nonnull(struct xdp_md *ctx)
{
	__u32 key = ctx->rx_queue_index;

	return low_bit(bpf_map_lookup_elem(&seen, &key)) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
