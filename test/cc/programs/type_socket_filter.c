// about: a socket filter: keep whole UDP packets to port 53, cut TCP to 64 bytes, drop the rest (r0 is the length kept); reads through the __sk_buff and bpf_skb_load_bytes
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 seen_len, seen_proto;

SEC("socket")
int prog(struct __sk_buff *skb)
{
	__u8 proto;
	__u16 dport;
	seen_len = skb->len;
	seen_proto = bpf_ntohs(skb->protocol);
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	if (bpf_skb_load_bytes(skb, __builtin_offsetof(struct iphdr, protocol), &proto, 1))
		return 0;
	if (proto == IPPROTO_TCP)
		return 64;
	if (proto != IPPROTO_UDP)
		return 0;
	if (bpf_skb_load_bytes(skb, sizeof(struct iphdr) + 2, &dport, 2))
		return 0;
	return dport == bpf_htons(53) ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
