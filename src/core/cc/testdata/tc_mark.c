#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int tc_mark(struct __sk_buff *skb)
{
	if (skb->len < 20)
		return TC_ACT_SHOT;
	skb->mark = skb->len * 2 + skb->protocol;
	skb->priority = skb->ifindex & 7;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
