// Direct packet writes and bpf_skb_store_bytes from TC.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int stamp(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return TC_ACT_SHOT;
	eth->h_source[0] = 0x0a;
	__u8 b[2] = { 0xbe, 0xef };
	bpf_skb_store_bytes(skb, 20, b, sizeof(b), 0);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
