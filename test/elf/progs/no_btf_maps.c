// Only global data: an object that loads with or without -g (no BTF-defined maps).
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

__u32 count;
const volatile __u32 verdict_code = TC_ACT_OK;

SEC("tc")
int plain(struct __sk_buff *skb)
{
	count += skb->len;
	return verdict_code;
}

char LICENSE[] SEC("license") = "GPL";
