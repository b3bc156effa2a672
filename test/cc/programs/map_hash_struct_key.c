// about: a flow table: a hash map keyed by a 5-tuple struct (padding zeroed), value a struct of packets and bytes, created on first sight; run twice
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>

struct flow { __u32 saddr, daddr; __u16 sport, dport; __u8 proto; };
struct counters { __u64 packets, bytes; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, struct flow);
	__type(value, struct counters);
	__uint(max_entries, 1024);
} flows SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp = (void *)(ip + 1);
	if ((void *)(tcp + 1) > end)
		return XDP_PASS;
	struct flow f;
	__builtin_memset(&f, 0, sizeof(f));
	f.saddr = ip->saddr;
	f.daddr = ip->daddr;
	f.sport = tcp->source;
	f.dport = tcp->dest;
	f.proto = ip->protocol;
	struct counters *c = bpf_map_lookup_elem(&flows, &f);
	if (c) {
		c->packets++;
		c->bytes += end - data;
	} else {
		struct counters init = { 1, end - data };
		bpf_map_update_elem(&flows, &f, &init, BPF_NOEXIST);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
