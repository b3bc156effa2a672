// about: tc: bpf_skb_load_bytes copies headers to the stack (in and out of range), the return codes kept
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

long long out[5];

SEC("tc")
int prog(struct __sk_buff *skb)
{
	struct iphdr ip;
	out[0] = bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip));
	out[1] = ip.protocol;
	out[2] = ip.daddr;
	__u8 far[8];
	out[3] = bpf_skb_load_bytes(skb, skb->len - 4, far, sizeof(far));  /* past the end */
	__u16 dport;
	bpf_skb_load_bytes(skb, ETH_HLEN + sizeof(ip) + 2, &dport, 2);
	out[4] = dport;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
