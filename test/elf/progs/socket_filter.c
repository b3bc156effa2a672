// Socket filters: keep the whole packet, or only its first 64 bytes when it is IPv4.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("socket")
int keep_all(struct __sk_buff *skb)
{
	return skb->len;
}

SEC("socket")
int trim_ipv4(struct __sk_buff *skb)
{
	__u16 proto;
	if (bpf_skb_load_bytes(skb, 12, &proto, 2) < 0)
		return 0;
	return proto == bpf_htons(ETH_P_IP) ? 64 : skb->len;
}

char LICENSE[] SEC("license") = "GPL";
