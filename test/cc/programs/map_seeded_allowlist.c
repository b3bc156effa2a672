// about: an allowlist of IPv4 sources seeded from user space; the packet's source is looked up, the verdict counted per outcome
// packet: ipv4-tcp
// init: allow:0a000001:01000000
// init: allow:0a000063:01000000
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 16);
} allow SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} verdicts SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	__u32 src = ip->saddr;
	__u32 ok = bpf_map_lookup_elem(&allow, &src) != 0;
	__u64 *n = bpf_map_lookup_elem(&verdicts, &ok);
	if (n)
		__sync_fetch_and_add(n, 1);
	return ok ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
