// about: IPv6: read the traffic class and flow label across the first 32-bit word, decrement the hop limit, count per next header
// packet: ipv6-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ipv6.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 flow_label, tclass;
__u64 per_next[256];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	if ((void *)(ip6 + 1) > end || eth->h_proto != bpf_htons(ETH_P_IPV6))
		return XDP_PASS;
	__u32 first = bpf_ntohl(*(__be32 *)ip6);
	tclass = (first >> 20) & 0xff;
	flow_label = first & 0xfffff;
	if (ip6->hop_limit <= 1)
		return XDP_DROP;
	ip6->hop_limit--;
	per_next[ip6->nexthdr]++;
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
