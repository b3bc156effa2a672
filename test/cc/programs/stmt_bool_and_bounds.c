// about: two bounds checks combined with `&` in a condition (`if ((i < 8) & (j < 4)) v[i] + v[j]`):
// about: clang branches on each comparison, so the kernel learns both bounds; bpfplay's comparisons
// about: in a condition stay linked to i and j even as operands of `&` (cond.ts, tested.ts).
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64[8]);
	__uint(max_entries, 1);
} vals SEC(".maps");

SEC("xdp")
int stmt_bool_and_bounds(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&vals, &k);
	if (!v)
		return 0;
	__u32 i = ctx->rx_queue_index, j = ctx->ingress_ifindex;
	if ((i < 8) & (j < 4))
		return v[i] + v[j] + 2;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
