// about: an lwt_xmit program (light-weight tunnel transmit hook): the skb starts at the IP header; checks the version and TTL and returns BPF_OK or BPF_DROP
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

__u32 seen[2];

SEC("lwt_xmit")
int prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data;
	if ((void *)(ip + 1) > end)
		return BPF_DROP;
	seen[0] = ip->version;
	seen[1] = ip->ttl;
	return ip->version == 4 && ip->ttl > 1 ? BPF_OK : BPF_DROP;
}

char LICENSE[] SEC("license") = "GPL";
