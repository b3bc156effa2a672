#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct key {
	__u8 proto;
	__u32 addr;
	__u16 port;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, struct key);
	__type(value, __u64);
} counts SEC(".maps");

SEC("xdp")
int map_hash(struct xdp_md *ctx)
{
	struct key k = { .proto = 6, .addr = ctx->data_end - ctx->data };
	__u64 one = 1, *v;
	k.port = 80;
	v = bpf_map_lookup_elem(&counts, &k);
	if (v) {
		__sync_fetch_and_add(v, 1);
		return XDP_PASS;
	}
	bpf_map_update_elem(&counts, &k, &one, BPF_NOEXIST);
	return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
