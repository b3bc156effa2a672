// about: tc: helpers with computed arguments in a chain: bpf_csum_diff over stack words feeding bpf_l4_csum_replace with BPF_F_PSEUDO_HDR, a port rewrite with bpf_skb_store_bytes and its checksum fix
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define UDP_OFF (ETH_HLEN + sizeof(struct iphdr))
long long rc[4];

SEC("tc")
int prog(struct __sk_buff *skb)
{
	__be16 old_port, new_port = bpf_htons(5353);
	if (bpf_skb_load_bytes(skb, UDP_OFF + __builtin_offsetof(struct udphdr, dest), &old_port, 2))
		return TC_ACT_SHOT;
	rc[0] = bpf_l4_csum_replace(skb, UDP_OFF + __builtin_offsetof(struct udphdr, check), old_port, new_port, sizeof(new_port));
	rc[1] = bpf_skb_store_bytes(skb, UDP_OFF + __builtin_offsetof(struct udphdr, dest), &new_port, sizeof(new_port), 0);
	__be32 from[2] = { 0x0100000a, 0x0200000a }, to[2] = { 0x0300000a, 0x0400000a };
	__s64 diff = bpf_csum_diff(from, sizeof(from), to, sizeof(to), 0);
	rc[2] = diff;
	rc[3] = bpf_l4_csum_replace(skb, UDP_OFF + __builtin_offsetof(struct udphdr, check), 0, diff, BPF_F_PSEUDO_HDR);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
