// A 300-line XDP firewall for `npm run bench`: the compile time of a program of a realistic size.
// It parses Ethernet (with one VLAN tag), IPv4 and IPv6, TCP, UDP and ICMP, looks rules up in
// hash maps, keeps per-protocol statistics, rate-limits new flows and logs drops.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/icmp.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define MAX_RULES 1024
#define MAX_FLOWS 65536
#define RATE_WINDOW_NS 1000000000ULL
#define RATE_LIMIT 100

struct vlan_hdr {
	__be16 tci;
	__be16 encap_proto;
};

enum stat_kind {
	STAT_PASS = 0,
	STAT_DROP_RULE,
	STAT_DROP_RATE,
	STAT_DROP_MALFORMED,
	STAT_IPV4,
	STAT_IPV6,
	STAT_TCP,
	STAT_UDP,
	STAT_ICMP,
	STAT_OTHER,
	STAT_MAX,
};

struct flow_key {
	__u32 saddr;
	__u32 daddr;
	__u16 sport;
	__u16 dport;
	__u8 proto;
	__u8 pad[3];
};

struct flow_state {
	__u64 first_seen;
	__u64 window_start;
	__u32 packets;
	__u32 window_packets;
	__u64 bytes;
};

struct rule_key {
	__u32 addr;
	__u16 port;
	__u8 proto;
	__u8 pad;
};

struct rule {
	__u32 action;
	__u32 hits;
};

struct parsed {
	__u32 saddr;
	__u32 daddr;
	__u16 sport;
	__u16 dport;
	__u8 proto;
	__u8 is_v6;
	__u16 vlan;
	__u32 len;
	__u8 tcp_flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, MAX_RULES);
	__type(key, struct rule_key);
	__type(value, struct rule);
} rules SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, MAX_FLOWS);
	__type(key, struct flow_key);
	__type(value, struct flow_state);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, STAT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

const volatile __u32 rate_limit = RATE_LIMIT;
const volatile __u8 log_drops = 1;
__u64 total_packets = 0;

static __always_inline void count(enum stat_kind kind)
{
	__u32 key = kind;
	__u64 *v = bpf_map_lookup_elem(&stats, &key);

	if (v)
		*v += 1;
}

static __always_inline int parse_vlan(void **cursor, void *data_end, __u16 *proto, __u16 *vlan)
{
	struct vlan_hdr *vh = *cursor;

	if (*proto != bpf_htons(ETH_P_8021Q) && *proto != bpf_htons(ETH_P_8021AD))
		return 0;
	if ((void *)(vh + 1) > data_end)
		return -1;
	*vlan = bpf_ntohs(vh->tci) & 0x0fff;
	*proto = vh->encap_proto;
	*cursor = vh + 1;
	return 0;
}

static __always_inline int parse_ipv4(void **cursor, void *data_end, struct parsed *p)
{
	struct iphdr *ip = *cursor;
	__u32 hdr_len;

	if ((void *)(ip + 1) > data_end)
		return -1;
	if (ip->version != 4)
		return -1;
	hdr_len = ip->ihl * 4;
	if (hdr_len < sizeof(*ip))
		return -1;
	if ((void *)ip + hdr_len > data_end)
		return -1;
	p->saddr = ip->saddr;
	p->daddr = ip->daddr;
	p->proto = ip->protocol;
	p->len = bpf_ntohs(ip->tot_len);
	*cursor = (void *)ip + hdr_len;
	return 0;
}

static __always_inline int parse_ipv6(void **cursor, void *data_end, struct parsed *p)
{
	struct ipv6hdr *ip6 = *cursor;

	if ((void *)(ip6 + 1) > data_end)
		return -1;
	/* fold the 128-bit addresses into 32 bits for the flow table */
	p->saddr = ip6->saddr.in6_u.u6_addr32[0] ^ ip6->saddr.in6_u.u6_addr32[3];
	p->daddr = ip6->daddr.in6_u.u6_addr32[0] ^ ip6->daddr.in6_u.u6_addr32[3];
	p->proto = ip6->nexthdr;
	p->len = bpf_ntohs(ip6->payload_len) + sizeof(*ip6);
	p->is_v6 = 1;
	*cursor = ip6 + 1;
	return 0;
}

static __always_inline int parse_l4(void *cursor, void *data_end, struct parsed *p)
{
	switch (p->proto) {
	case IPPROTO_TCP: {
		struct tcphdr *tcp = cursor;

		if ((void *)(tcp + 1) > data_end)
			return -1;
		p->sport = bpf_ntohs(tcp->source);
		p->dport = bpf_ntohs(tcp->dest);
		p->tcp_flags = (tcp->syn ? 0x02 : 0) | (tcp->ack ? 0x10 : 0) | (tcp->fin ? 0x01 : 0) | (tcp->rst ? 0x04 : 0);
		count(STAT_TCP);
		return 0;
	}
	case IPPROTO_UDP: {
		struct udphdr *udp = cursor;

		if ((void *)(udp + 1) > data_end)
			return -1;
		p->sport = bpf_ntohs(udp->source);
		p->dport = bpf_ntohs(udp->dest);
		count(STAT_UDP);
		return 0;
	}
	case IPPROTO_ICMP: {
		struct icmphdr *icmp = cursor;

		if ((void *)(icmp + 1) > data_end)
			return -1;
		p->sport = icmp->type;
		p->dport = icmp->code;
		count(STAT_ICMP);
		return 0;
	}
	default:
		count(STAT_OTHER);
		return 0;
	}
}

static __always_inline struct rule *match_rule(struct parsed *p)
{
	struct rule_key key = {};
	struct rule *r;

	key.addr = p->saddr;
	key.port = p->dport;
	key.proto = p->proto;
	r = bpf_map_lookup_elem(&rules, &key);
	if (r)
		return r;
	/* a wildcard port */
	key.port = 0;
	r = bpf_map_lookup_elem(&rules, &key);
	if (r)
		return r;
	/* a wildcard address */
	key.addr = 0;
	key.port = p->dport;
	return bpf_map_lookup_elem(&rules, &key);
}

static __always_inline int rate_limited(struct parsed *p)
{
	struct flow_key key = {};
	struct flow_state *st;
	__u64 now = bpf_ktime_get_ns();

	key.saddr = p->saddr;
	key.daddr = p->daddr;
	key.sport = p->sport;
	key.dport = p->dport;
	key.proto = p->proto;
	st = bpf_map_lookup_elem(&flows, &key);
	if (!st) {
		struct flow_state fresh = {};

		fresh.first_seen = now;
		fresh.window_start = now;
		fresh.packets = 1;
		fresh.window_packets = 1;
		fresh.bytes = p->len;
		bpf_map_update_elem(&flows, &key, &fresh, BPF_NOEXIST);
		return 0;
	}
	st->packets++;
	st->bytes += p->len;
	if (now - st->window_start > RATE_WINDOW_NS) {
		st->window_start = now;
		st->window_packets = 0;
	}
	st->window_packets++;
	return st->window_packets > rate_limit;
}

static __always_inline int drop(enum stat_kind why, struct parsed *p)
{
	count(why);
	if (log_drops)
		bpf_printk("drop %d proto %d dport %d", why, p->proto, p->dport);
	return XDP_DROP;
}

SEC("xdp")
int firewall(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct parsed p = {};
	void *cursor;
	__u16 proto;
	struct rule *r;

	__sync_fetch_and_add(&total_packets, 1);
	if ((void *)(eth + 1) > data_end)
		return drop(STAT_DROP_MALFORMED, &p);
	cursor = eth + 1;
	proto = eth->h_proto;
	if (parse_vlan(&cursor, data_end, &proto, &p.vlan) < 0)
		return drop(STAT_DROP_MALFORMED, &p);

	if (proto == bpf_htons(ETH_P_IP)) {
		if (parse_ipv4(&cursor, data_end, &p) < 0)
			return drop(STAT_DROP_MALFORMED, &p);
		count(STAT_IPV4);
	} else if (proto == bpf_htons(ETH_P_IPV6)) {
		if (parse_ipv6(&cursor, data_end, &p) < 0)
			return drop(STAT_DROP_MALFORMED, &p);
		count(STAT_IPV6);
	} else {
		count(STAT_PASS);
		return XDP_PASS;
	}

	if (parse_l4(cursor, data_end, &p) < 0)
		return drop(STAT_DROP_MALFORMED, &p);

	r = match_rule(&p);
	if (r) {
		__sync_fetch_and_add(&r->hits, 1);
		if (r->action == XDP_DROP)
			return drop(STAT_DROP_RULE, &p);
	}
	if (p.tcp_flags == 0x02 && rate_limited(&p))
		return drop(STAT_DROP_RATE, &p);

	count(STAT_PASS);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
