// about: tc classifier with direct packet access (data, data_end): rewrite the IPv4 TOS byte in place and drop non-IP frames
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return TC_ACT_SHOT;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return TC_ACT_SHOT;
	ip->tos = 0xb8;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
