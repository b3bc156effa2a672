// about: tc classifier: reads skb fields (len, protocol, ifindex, pkt_type), sets mark, priority and the cb[] scratch words, returns TC_ACT_OK
// packet: ipv4-tcp
// ctx: 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 seen[4];

SEC("tc")
int prog(struct __sk_buff *skb)
{
	seen[0] = skb->len;
	seen[1] = bpf_ntohs(skb->protocol);
	seen[2] = skb->ifindex;
	seen[3] = skb->pkt_type;
	skb->mark = 0xc0ffee;
	skb->priority = skb->len & 7;
	skb->cb[0] = skb->len * 2;
	skb->cb[4] = 0x12345678;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
