// Networking: XDP, tc, socket filters and cgroup_skb programs on packets from the Events pane.

import { C_TEXT } from "../c_catalog.ts";
import type { GalleryExample } from "./types.ts";

const NET = `#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
`;

const protoCount = `// Count packets per IP protocol in an array map indexed by the protocol number.
${NET}
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 256);
} per_proto SEC(".maps");

SEC("xdp")
int count_protocols(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	__u32 proto = ip->protocol;
	__u64 *count = bpf_map_lookup_elem(&per_proto, &proto);
	if (count)
		__sync_fetch_and_add(count, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const ipv6Filter = `// Let IPv6 through only to TCP port 22 and 443; drop other IPv6, pass IPv4.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int ipv6_filter(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	if (eth->h_proto != bpf_htons(ETH_P_IPV6))
		return XDP_PASS;

	struct ipv6hdr *ip6 = (void *)(eth + 1);
	if ((void *)(ip6 + 1) > data_end)
		return XDP_DROP;
	/* No extension headers here: the next header must be TCP itself. */
	if (ip6->nexthdr != IPPROTO_TCP)
		return XDP_DROP;

	struct tcphdr *tcp = (void *)(ip6 + 1);
	if ((void *)(tcp + 1) > data_end)
		return XDP_DROP;
	if (tcp->dest == bpf_htons(22) || tcp->dest == bpf_htons(443))
		return XDP_PASS;
	return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
`;

const swapMacs = `// Bounce every frame back where it came from: swap the Ethernet
// addresses and return XDP_TX (send it out of the interface it came in on).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int xdp_bounce(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	unsigned char tmp[ETH_ALEN];

	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	__builtin_memcpy(tmp, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, tmp, ETH_ALEN);
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
`;

const popVlan = `// Remove an 802.1Q VLAN tag: move the two MAC addresses 4 bytes
// forward over the tag, then bpf_xdp_adjust_head(ctx, 4) drops the
// first 4 bytes. Every pointer must be checked again after the call.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct vlan_eth {
	unsigned char dest[ETH_ALEN];
	unsigned char source[ETH_ALEN];
	__be16 tpid;   /* 0x8100 */
	__be16 tci;    /* priority and VLAN id */
	__be16 proto;  /* the EtherType inside */
};

SEC("xdp")
int pop_vlan(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct vlan_eth *v = data;

	if ((void *)(v + 1) > data_end || v->tpid != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;

	unsigned char macs[2 * ETH_ALEN];
	__builtin_memcpy(macs, v, sizeof(macs));
	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_ABORTED;

	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	if (data + sizeof(macs) > data_end)
		return XDP_ABORTED;
	__builtin_memcpy(data, macs, sizeof(macs));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const tcMark = `// tc egress marking: give web traffic (TCP to port 80 or 443) a mark and
// a priority that qdiscs and routing rules downstream can match on.
${NET}#include <linux/tcp.h>
#include <linux/pkt_cls.h>

#define WEB_MARK 0x80

SEC("tc")
int mark_web(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	struct tcphdr *tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(tcp + 1) > data_end)
		return TC_ACT_OK;
	if (tcp->dest == bpf_htons(80) || tcp->dest == bpf_htons(443)) {
		skb->mark = WEB_MARK;
		skb->priority = 6;
	}
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
`;

const cgroupFirewall = `// A cgroup_skb firewall: every packet the cgroup's sockets send passes
// here; return 1 to let it go, 0 to drop it. The packet starts at the
// IP header. This one blocks plain HTTP (TCP port 80) and counts it.
${NET}
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} blocked SEC(".maps");

SEC("cgroup_skb/egress")
int no_http(struct __sk_buff *skb)
{
	struct iphdr ip;
	__be16 dport;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 1;
	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) < 0 || ip.protocol != IPPROTO_TCP)
		return 1;
	/* the destination port: 2 bytes into the TCP header */
	if (bpf_skb_load_bytes(skb, ip.ihl * 4 + 2, &dport, sizeof(dport)) < 0)
		return 1;
	if (dport != bpf_htons(80))
		return 1;

	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&blocked, &zero);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

export const NET_EXAMPLES: readonly GalleryExample[] = [
  {
    id: "c-xdp-drop-port", title: "XDP drop by port, count per protocol", group: "net", progType: "xdp", language: "c", text: C_TEXT.xdpDropPort,
    shows: "Parsing Ethernet, IPv4 and the TCP/UDP ports with a bounds check before every header, and a hash map counting drops per protocol.",
    tryThis: "Change BLOCKED_PORT to 443, or load the DNS preset in Events: UDP to port 53 passes.",
    events: { about: "the default frame: TCP to port 80" },
    outcome: { verdict: "accepted", r0: 1, r0Name: "XDP_DROP", map: { name: "drops", keyHex: "06", keyAbout: "6 = TCP", value: 1 } },
  },
  {
    id: "c-proto-count", title: "Count packets per protocol", group: "net", progType: "xdp", language: "c", text: protoCount,
    shows: "An array map as a table of counters, indexed by the IP protocol number, and an atomic add.",
    tryThis: "Run several times, then pick the DNS or ping preset in Events and run again: a new row appears in the Maps tab.",
    events: { preset: "icmp_echo", about: "an ICMP echo request (ping)" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", map: { name: "per_proto", keyHex: "01000000", keyAbout: "1 = ICMP", value: 1 } },
  },
  {
    id: "c-ipv6-filter", title: "IPv6 filter", group: "net", progType: "xdp", language: "c", text: ipv6Filter,
    shows: "Parsing an IPv6 header (40 bytes, fixed) and its next-header field, and an allow list of ports.",
    tryThis: "Remove 443 from the allow list and run again; try the IPv6 extension headers preset, which this filter drops.",
    events: { preset: "ipv6_tcp", about: "IPv6 TCP SYN to port 443" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS" },
  },
  {
    id: "c-xdp-tx", title: "Swap MACs and XDP_TX", group: "net", progType: "xdp", language: "c", text: swapMacs,
    shows: "Writing to the packet in place and sending it back out with XDP_TX.",
    tryThis: "Step to the return and look at the Events tab: the two addresses have changed places.",
    events: { about: "the default frame" },
    outcome: { verdict: "accepted", r0: 3, r0Name: "XDP_TX", packetOutLength: 64 },
  },
  {
    id: "c-adjust-head", title: "bpf_xdp_adjust_head: pop a VLAN tag", group: "net", progType: "xdp", language: "c", text: popVlan,
    shows: "Growing or shrinking the packet at its head with bpf_xdp_adjust_head, and why every packet pointer must be reloaded and checked after it.",
    tryThis: "Delete the second data_end check after the call: the verifier refuses the write, because the call forgot every packet range.",
    events: { preset: "vlan", about: "a VLAN 100 tagged UDP frame" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", packetOutLength: 48 },
  },
  {
    id: "c-tc-mark", title: "tc egress marking", group: "net", progType: "sched_cls", language: "c", text: tcMark,
    shows: "A tc (sched_cls) program writing skb->mark and skb->priority, which the rest of the network stack can match.",
    tryThis: "Step to the return and read mark in the Events tab's context fields; load the DNS preset and see nothing marked.",
    events: { about: "the default frame: TCP to port 80" },
    outcome: { verdict: "accepted", r0: 0, r0Name: "TC_ACT_OK" },
  },
  {
    id: "c-socket-filter", title: "socket filter (TCP only)", group: "net", progType: "socket_filter", language: "c", text: C_TEXT.socketFilter,
    shows: "A socket filter returns how many bytes of the packet the socket keeps: all of a TCP packet, none of anything else.",
    tryThis: "Load the DNS preset: the filter returns 0 and the socket would not see it.",
    events: { about: "the default frame (50 bytes from its IP header)" },
    outcome: { verdict: "accepted", r0: 50 },
  },
  {
    id: "c-cgroup-fw", title: "cgroup_skb firewall", group: "net", progType: "cgroup_skb", language: "c", text: cgroupFirewall,
    shows: "A per-cgroup firewall: 1 lets the packet go, 0 drops it; bpf_skb_load_bytes copies headers to the stack.",
    tryThis: "Load the HTTP GET or DNS preset; change the port to 443.",
    events: { about: "the default frame: TCP to port 80" },
    outcome: { verdict: "accepted", r0: 0, r0Name: "drop", map: { name: "blocked", keyHex: "00000000", value: 1 } },
  },
  {
    id: "c-tc-counter", title: "tc packet and byte counter", group: "net", progType: "sched_cls", language: "c", text: C_TEXT.tcCounter,
    shows: "An always-inlined helper function and an array map holding two counters.",
    tryThis: "Run a few times and watch stats in the Maps tab.",
    events: { about: "the default 64-byte frame" },
    outcome: { verdict: "accepted", r0: 0, r0Name: "TC_ACT_OK", map: { name: "stats", keyHex: "01000000", keyAbout: "BYTES", value: 64 } },
  },
];
