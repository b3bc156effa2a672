// about: a router's forwarding step: decrement the IPv4 TTL and patch the header checksum incrementally (RFC 1624), drop at TTL 1
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

static __always_inline void ip_decrease_ttl(struct iphdr *ip)
{
	__u32 check = ip->check;
	check += bpf_htons(0x0100);
	ip->check = (__u16)(check + (check >= 0xffff));
	ip->ttl--;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	if (ip->ttl <= 1)
		return XDP_DROP;
	ip_decrease_ttl(ip);
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
