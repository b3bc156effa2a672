// about: an array map whose value is a struct of counters updated with __sync_fetch_and_add on its fields, one field by a packet byte
// packet: ipv4-tcp
// repeat: 4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counters { __u64 packets; __u64 bytes; __u32 small; __u32 proto_sum; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct counters);
	__uint(max_entries, 1);
} cnt SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 24) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	__u32 k = 0;
	struct counters *c = bpf_map_lookup_elem(&cnt, &k);
	if (!c)
		return XDP_PASS;
	__sync_fetch_and_add(&c->packets, 1);
	__sync_fetch_and_add(&c->bytes, ctx->data_end - ctx->data);
	__sync_fetch_and_add(&c->small, 3);
	__sync_fetch_and_add(&c->proto_sum, p[23]);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
