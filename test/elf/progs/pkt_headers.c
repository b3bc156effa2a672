// Header parsing as the tutorials write it, against the kernel: a variable IPv4 header length
// (ihl * 4) and TCP data offset (doff * 4), two VLAN tags under #pragma unroll, IPv6 extension
// headers walked by their length; the last program forgets the bounds check after the variable
// offset and is refused.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct vlan_hdr { __be16 h_vlan_TCI; __be16 h_vlan_encapsulated_proto; };
struct ipv6_opt_hdr_ { __u8 nexthdr; __u8 hdrlen; };
SEC("xdp")
int ihl_tcp(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end) return XDP_PASS;
	int hl = ip->ihl * 4;
	if (hl < sizeof(*ip)) return XDP_DROP;
	if (ip->protocol != IPPROTO_TCP) return XDP_PASS;
	struct tcphdr *tcp = (void *)ip + hl;
	if ((void *)(tcp + 1) > end) return XDP_PASS;
	if (tcp->dest == bpf_htons(22)) return XDP_DROP;
	return XDP_PASS;
}
SEC("xdp")
int doff_payload(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end) return XDP_PASS;
	if (ip->protocol != IPPROTO_TCP) return XDP_PASS;
	struct tcphdr *tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(tcp + 1) > end) return XDP_PASS;
	unsigned char *payload = (void *)tcp + tcp->doff * 4;
	if ((void *)(payload + 4) > end) return XDP_PASS;
	if (payload[0] == 'G' && payload[1] == 'E' && payload[2] == 'T') return XDP_DROP;
	return XDP_PASS;
}
SEC("xdp")
int vlan_unroll(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u64 off = sizeof(*eth);
	if (data + off > end) return XDP_PASS;
	__u16 proto = eth->h_proto;
#pragma unroll
	for (int i = 0; i < 2; i++) {
		if (proto != bpf_htons(ETH_P_8021Q) && proto != bpf_htons(ETH_P_8021AD)) break;
		struct vlan_hdr *vh = data + off;
		if ((void *)(vh + 1) > end) return XDP_PASS;
		proto = vh->h_vlan_encapsulated_proto;
		off += sizeof(*vh);
	}
	if (proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
	struct iphdr *ip = data + off;
	if ((void *)(ip + 1) > end) return XDP_PASS;
	return ip->ttl < 2 ? XDP_DROP : XDP_PASS;
}
SEC("xdp")
int ipv6_ext(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IPV6)) return XDP_PASS;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	if ((void *)(ip6 + 1) > end) return XDP_PASS;
	__u8 nh = ip6->nexthdr;
	void *cur = ip6 + 1;
#pragma unroll
	for (int i = 0; i < 4; i++) {
		if (nh != 0 && nh != 43 && nh != 60) break;
		struct ipv6_opt_hdr_ *oh = cur;
		if ((void *)(oh + 1) > end) return XDP_PASS;
		nh = oh->nexthdr;
		cur += (oh->hdrlen + 1) * 8;
	}
	if (nh != IPPROTO_UDP) return XDP_PASS;
	struct udphdr *udp = cur;
	if ((void *)(udp + 1) > end) return XDP_PASS;
	return udp->dest == bpf_htons(53) ? XDP_DROP : XDP_PASS;
}
SEC("xdp")
int ihl_nocheck(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > end) return XDP_PASS;
	struct udphdr *udp = (void *)ip + ip->ihl * 4;
	if (udp->dest == bpf_htons(53)) return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
