// Lightweight tunnel programs: lwt_in, lwt_out and lwt_xmit.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("lwt_in")
int lin(struct __sk_buff *skb)
{
	return skb->len > 20 ? BPF_OK : BPF_DROP;
}

SEC("lwt_out")
int lout(struct __sk_buff *skb)
{
	skb->mark = 5;
	return BPF_OK;
}

SEC("lwt_xmit")
int lxmit(struct __sk_buff *skb)
{
	skb->priority = 1;
	return BPF_OK;
}

char LICENSE[] SEC("license") = "GPL";
