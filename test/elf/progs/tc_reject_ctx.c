// Rejected: a TC program writes a field of __sk_buff it may only read.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int bad_write(struct __sk_buff *skb)
{
	skb->len = 0;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
