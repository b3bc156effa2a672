// about: tc: rewrite the IPv4 destination with bpf_skb_store_bytes and fix the IP checksum with bpf_l3_csum_replace and TCP's with bpf_l4_csum_replace
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>

#define IP_DST_OFF (ETH_HLEN + __builtin_offsetof(struct iphdr, daddr))
#define IP_CSUM_OFF (ETH_HLEN + __builtin_offsetof(struct iphdr, check))
#define TCP_CSUM_OFF (ETH_HLEN + sizeof(struct iphdr) + __builtin_offsetof(struct tcphdr, check))

long long rc[3];

SEC("tc")
int prog(struct __sk_buff *skb)
{
	__u32 old, new = 0x0a0a0a0a;
	if (bpf_skb_load_bytes(skb, IP_DST_OFF, &old, 4))
		return TC_ACT_SHOT;
	rc[0] = bpf_l4_csum_replace(skb, TCP_CSUM_OFF, old, new, BPF_F_PSEUDO_HDR | sizeof(new));
	rc[1] = bpf_l3_csum_replace(skb, IP_CSUM_OFF, old, new, sizeof(new));
	rc[2] = bpf_skb_store_bytes(skb, IP_DST_OFF, &new, sizeof(new), 0);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
