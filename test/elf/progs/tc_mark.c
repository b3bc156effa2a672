// TC programs write skb fields: mark, priority, tc_classid; "classifier" is the older section name.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int set_mark(struct __sk_buff *skb)
{
	skb->mark = skb->len * 2;
	skb->priority = 3;
	return TC_ACT_OK;
}

SEC("classifier")
int classify(struct __sk_buff *skb)
{
	skb->tc_classid = 0x10001;
	return skb->protocol ? TC_ACT_OK : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";
