// about: a pointer chosen by a condition between a map value and a stack variable, and between two globals; writes through it
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} m SEC(".maps");

__u64 ga = 1, gb = 2;
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 local = 40;
	__u64 *v = bpf_map_lookup_elem(&m, &k);
	__u64 *p = v ? v : &local;
	*p += 5;
	__u32 len = ctx->data_end - ctx->data;
	__u64 *g = len > 60 ? &ga : &gb;
	*g *= 10;
	out[0] = *p + local;
	out[1] = ga + gb;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
