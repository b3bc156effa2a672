// about: two programs (XDP and tc) in one object sharing a map and a .text subprogram; the tc one runs (entry)
// packet: ipv4-tcp
// entry: tc_count
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} seen SEC(".maps");

static __attribute__((noinline)) int count(__u32 which, __u32 len)
{
	__u64 *n = bpf_map_lookup_elem(&seen, &which);
	if (!n)
		return 0;
	*n += len;
	return 1;
}

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	return count(0, ctx->data_end - ctx->data) ? XDP_PASS : XDP_DROP;
}

SEC("tc")
int tc_count(struct __sk_buff *skb)
{
	return count(1, skb->len) ? TC_ACT_OK : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";
