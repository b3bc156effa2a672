// about: an if / else if chain classifying the packet by EtherType and IP protocol, with nested conditions
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 class;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = (void *)(eth + 1);
		if ((void *)(ip + 1) > end)
			class = 1;
		else if (ip->protocol == IPPROTO_TCP)
			class = 2;
		else if (ip->protocol == IPPROTO_UDP && ip->ttl > 32)
			class = 3;
		else if (ip->protocol == IPPROTO_UDP)
			class = 4;
		else
			class = 5;
	} else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		class = 6;
	} else {
		class = 7;
	}
	return class == 3 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
