// about: values live across helper calls and bpf-to-bpf calls (r6..r9 and the stack), a subprogram calling helpers itself
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} kv SEC(".maps");

__u64 out[3];

static __attribute__((noinline)) __u64 bump(__u32 key, __u64 by)
{
	__u64 *v = bpf_map_lookup_elem(&kv, &key);
	if (!v) {
		bpf_map_update_elem(&kv, &key, &by, BPF_ANY);
		return by;
	}
	*v += by;
	return *v;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	__u64 a = len * 3, b = len ^ 0x55, c = len + 1000, d = len << 4;
	__u64 r1 = bump(1, a);
	__u64 r2 = bump(2, b);
	__u64 r3 = bump(1, c);
	__u32 key = 9;
	bpf_map_update_elem(&kv, &key, &d, BPF_ANY);
	out[0] = r1 + r2 + r3;
	out[1] = a + b + c + d;
	out[2] = bump(2, r3 - r1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
