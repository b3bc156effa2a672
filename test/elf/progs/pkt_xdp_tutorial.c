// The xdp-tutorial parsing helpers (a header cursor, VLAN tags under #pragma unroll, ihl and doff
// lengths checked against the packet) rewriting a UDP or TCP port. Its states per instruction: a
// state evicted during a search still counts in max_states_per_insn, as the kernel counts the
// list it walked (bpfplay printed 3 where the kernel prints 4).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct vlan_hdr { __be16 h_vlan_TCI; __be16 h_vlan_encapsulated_proto; };
#define VLAN_MAX_DEPTH 2
struct hdr_cursor { void *pos; };
static __always_inline int proto_is_vlan(__u16 h_proto)
{
	return !!(h_proto == bpf_htons(ETH_P_8021Q) || h_proto == bpf_htons(ETH_P_8021AD));
}
static __always_inline int parse_ethhdr(struct hdr_cursor *nh, void *data_end, struct ethhdr **ethhdr)
{
	struct ethhdr *eth = nh->pos;
	int hdrsize = sizeof(*eth);
	struct vlan_hdr *vlh;
	__u16 h_proto;
	int i;
	if (nh->pos + hdrsize > data_end) return -1;
	nh->pos += hdrsize;
	*ethhdr = eth;
	vlh = nh->pos;
	h_proto = eth->h_proto;
#pragma unroll
	for (i = 0; i < VLAN_MAX_DEPTH; i++) {
		if (!proto_is_vlan(h_proto)) break;
		if ((void *)(vlh + 1) > data_end) break;
		h_proto = vlh->h_vlan_encapsulated_proto;
		vlh++;
	}
	nh->pos = vlh;
	return h_proto;
}
static __always_inline int parse_iphdr(struct hdr_cursor *nh, void *data_end, struct iphdr **iphdr)
{
	struct iphdr *iph = nh->pos;
	int hdrsize;
	if ((void *)(iph + 1) > data_end) return -1;
	hdrsize = iph->ihl * 4;
	if (hdrsize < sizeof(*iph)) return -1;
	if (nh->pos + hdrsize > data_end) return -1;
	nh->pos += hdrsize;
	*iphdr = iph;
	return iph->protocol;
}
static __always_inline int parse_ip6hdr(struct hdr_cursor *nh, void *data_end, struct ipv6hdr **ip6hdr)
{
	struct ipv6hdr *ip6h = nh->pos;
	if ((void *)(ip6h + 1) > data_end) return -1;
	nh->pos = ip6h + 1;
	*ip6hdr = ip6h;
	return ip6h->nexthdr;
}
static __always_inline int parse_udphdr(struct hdr_cursor *nh, void *data_end, struct udphdr **udphdr)
{
	int len;
	struct udphdr *h = nh->pos;
	if ((void *)(h + 1) > data_end) return -1;
	nh->pos = h + 1;
	*udphdr = h;
	len = bpf_ntohs(h->len) - sizeof(struct udphdr);
	if (len < 0) return -1;
	return len;
}
static __always_inline int parse_tcphdr(struct hdr_cursor *nh, void *data_end, struct tcphdr **tcphdr)
{
	int len;
	struct tcphdr *h = nh->pos;
	if ((void *)(h + 1) > data_end) return -1;
	len = h->doff * 4;
	if (len < sizeof(*h)) return -1;
	if (nh->pos + len > data_end) return -1;
	nh->pos += len;
	*tcphdr = h;
	return len;
}
SEC("xdp")
int xdp_port_rewrite(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct hdr_cursor nh = { .pos = data };
	struct ethhdr *eth; struct iphdr *iph; struct ipv6hdr *ip6h; struct udphdr *udph; struct tcphdr *tcph;
	int eth_type, ip_type;
	eth_type = parse_ethhdr(&nh, data_end, &eth);
	if (eth_type < 0) return XDP_ABORTED;
	if (eth_type == bpf_htons(ETH_P_IP)) ip_type = parse_iphdr(&nh, data_end, &iph);
	else if (eth_type == bpf_htons(ETH_P_IPV6)) ip_type = parse_ip6hdr(&nh, data_end, &ip6h);
	else return XDP_PASS;
	if (ip_type == IPPROTO_UDP) {
		if (parse_udphdr(&nh, data_end, &udph) < 0) return XDP_ABORTED;
		udph->dest = bpf_htons(bpf_ntohs(udph->dest) - 1);
		udph->check += bpf_htons(1);
		if (!udph->check) udph->check += bpf_htons(1);
	} else if (ip_type == IPPROTO_TCP) {
		if (parse_tcphdr(&nh, data_end, &tcph) < 0) return XDP_ABORTED;
		tcph->dest = bpf_htons(bpf_ntohs(tcph->dest) - 1);
		tcph->check += bpf_htons(1);
		if (!tcph->check) tcph->check += bpf_htons(1);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
