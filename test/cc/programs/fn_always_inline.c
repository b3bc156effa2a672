// about: static __always_inline helpers (the libbpf idiom) taking the context and packet pointers, returning through pointers
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 out[3];

static __always_inline int parse_eth(void *data, void *end, __u16 *proto)
{
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return -1;
	*proto = bpf_ntohs(eth->h_proto);
	return sizeof(*eth);
}

static __always_inline int parse_ip(void *data, void *end, __u8 *proto, __u8 *ttl)
{
	struct iphdr *ip = data;
	if ((void *)(ip + 1) > end)
		return -1;
	*proto = ip->protocol;
	*ttl = ip->ttl;
	return ip->ihl * 4;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u16 eth_proto;
	__u8 proto, ttl;
	int off = parse_eth(data, end, &eth_proto);
	if (off < 0 || eth_proto != ETH_P_IP)
		return XDP_PASS;
	int len = parse_ip(data + off, end, &proto, &ttl);
	if (len < 0)
		return XDP_DROP;
	out[0] = proto;
	out[1] = ttl;
	out[2] = off + len;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
