// about: tc: bpf_redirect's return value (TC_ACT_REDIRECT) and flags; the program returns it as its verdict
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

long long rc;

SEC("tc")
int prog(struct __sk_buff *skb)
{
	rc = bpf_redirect(skb->ifindex, 0);
	return rc == TC_ACT_REDIRECT ? TC_ACT_OK : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";
