// A signed 32-bit index read from the packet, checked both ways (i >= 0 && i < 32), then
// sign-extended in place by clang (`r1 = (s32)r1`, cpu v4): a sign extension that changes
// nothing gives the register an id, as a move does. The same index checked only `i < 16` is
// refused: its minimum is unbounded.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct val { __u64 c[32]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct val);
	__uint(max_entries, 1);
} hist SEC(".maps");

SEC("xdp")
int int_index_checked(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 4 > end)
		return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&hist, &k);
	if (!v)
		return XDP_PASS;
	int i = *(int *)data;
	if (i < 0 || i >= 32)
		return XDP_PASS;
	v->c[i]++;
	return XDP_PASS;
}

SEC("xdp")
int int_index_one_sided(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 4 > end)
		return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&hist, &k);
	if (!v)
		return XDP_PASS;
	int i = *(int *)data;
	if (i < 16)
		v->c[i]++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
