// about: a tc action program (section "action", BPF_PROG_TYPE_SCHED_ACT): reads the IPv4 protocol with direct access, sets the mark, returns TC_ACT_PIPE or TC_ACT_SHOT
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

SEC("action")
int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end)
		return TC_ACT_SHOT;
	skb->mark = ip->protocol;
	return ip->protocol == 17 ? TC_ACT_PIPE : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";
