// about: tc: mark traffic to port 53 with DSCP EF, updating the IPv4 checksum with bpf_l3_csum_replace over the changed 16-bit word
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define DSCP_EF 46

SEC("tc")
int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	struct udphdr *udp = (void *)(ip + 1);
	if ((void *)(udp + 1) > end || ip->protocol != IPPROTO_UDP || udp->dest != bpf_htons(53))
		return TC_ACT_OK;
	__u16 old = *(__u16 *)ip;
	__u8 tos = (ip->tos & 3) | (DSCP_EF << 2);
	__u16 new = (old & bpf_htons(0xff00)) | bpf_htons(tos);
	bpf_l3_csum_replace(skb, ETH_HLEN + __builtin_offsetof(struct iphdr, check), old, new, 2);
	bpf_skb_store_bytes(skb, ETH_HLEN, &new, 2, 0);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
