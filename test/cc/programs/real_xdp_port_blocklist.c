// about: an XDP firewall: TCP and UDP destination ports looked up in a seeded blocklist; blocked packets dropped and counted per port
// packet: ipv4-tcp
// init: blocked:0050:01
// init: blocked:0016:01
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u16);
	__type(value, __u8);
	__uint(max_entries, 64);
} blocked SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u16);
	__type(value, __u64);
	__uint(max_entries, 64);
} drops SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_PASS;
	void *l4 = (void *)ip + ip->ihl * 4;
	__u16 port;
	if (ip->protocol == IPPROTO_TCP) {
		struct tcphdr *t = l4;
		if ((void *)(t + 1) > end)
			return XDP_PASS;
		port = t->dest;
	} else if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *u = l4;
		if ((void *)(u + 1) > end)
			return XDP_PASS;
		port = u->dest;
	} else {
		return XDP_PASS;
	}
	port = bpf_ntohs(port);
	if (!bpf_map_lookup_elem(&blocked, &port))
		return XDP_PASS;
	__u64 one = 1, *n = bpf_map_lookup_elem(&drops, &port);
	if (n)
		*n += 1;
	else
		bpf_map_update_elem(&drops, &port, &one, BPF_ANY);
	return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
