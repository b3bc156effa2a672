// A sign extension that changes nothing links its copy to the source, as a move does: the bound
// checked on the copy holds for the source too (check_alu_op: assign_scalar_id_before_mov when the
// value's sign bit is clear). bpfplay left the two unlinked and refused the index (a false reject).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct val { __u64 c[16]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct val);
	__uint(max_entries, 1);
} counts SEC(".maps");

SEC("xdp")
int movsx_link(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 1 > end)
		return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&counts, &k);
	if (!v)
		return XDP_PASS;
	__u64 x = *(__u8 *)data & 0x1f, y;
	asm volatile("%[y] = (s32)%[x]" : [y] "=r"(y) : [x] "r"(x));
	if (y < 16)
		v->c[x]++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
