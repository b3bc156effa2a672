// about: a per-CPU array of statistics (a struct value), updated without atomics; run twice
// packet: ipv4-udp
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct stats { __u64 packets; __u64 bytes; __u32 max_len; };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, struct stats);
	__uint(max_entries, 4);
} pcpu SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 key = 2;
	struct stats *s = bpf_map_lookup_elem(&pcpu, &key);
	if (!s)
		return XDP_ABORTED;
	__u32 len = ctx->data_end - ctx->data;
	s->packets++;
	s->bytes += len;
	if (len > s->max_len)
		s->max_len = len;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
