// sk_skb stream parser and verdict, redirecting through a sockmap.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 2);
} socks SEC(".maps");

SEC("sk_skb/stream_parser")
int parser(struct __sk_buff *skb)
{
	return skb->len;
}

SEC("sk_skb/stream_verdict")
int verdict(struct __sk_buff *skb)
{
	return bpf_sk_redirect_map(skb, &socks, 0, 0);
}

char LICENSE[] SEC("license") = "GPL";
