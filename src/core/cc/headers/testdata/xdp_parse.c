// An XDP program in the usual libbpf style: counts packets per IPv4 protocol, drops TCP to port 23.
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

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} proto_count SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

const volatile __u16 blocked_port = 23;

static __always_inline int count(__u32 proto)
{
	__u64 *n = bpf_map_lookup_elem(&proto_count, &proto);
	if (n)
		*n += 1;
	return 0;
}

SEC("xdp")
int xdp_parse(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_ABORTED;
	if (eth->h_proto == bpf_htons(ETH_P_IPV6))
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end || ip->ihl < 5 || ip->version != 4)
		return XDP_DROP;
	count(ip->protocol);
	if (ip->protocol == IPPROTO_TCP) {
		struct tcphdr *tcp = (void *)ip + ip->ihl * 4;
		if ((void *)(tcp + 1) > data_end)
			return XDP_DROP;
		if (tcp->syn && !tcp->ack && bpf_ntohs(tcp->dest) == blocked_port) {
			bpf_printk("drop SYN from %x port %d", bpf_ntohl(ip->saddr), bpf_ntohs(tcp->source));
			__u32 *ev = bpf_ringbuf_reserve(&events, sizeof(*ev), 0);
			if (ev) {
				*ev = ip->saddr;
				bpf_ringbuf_submit(ev, 0);
			}
			return XDP_DROP;
		}
	} else if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *udp = (void *)ip + ip->ihl * 4;
		if ((void *)(udp + 1) > data_end)
			return XDP_DROP;
		if (udp->dest == bpf_htons(53))
			bpf_printk("dns %u %u %u %u", udp->len, ip->ttl, ip->id, ip->tos);
	} else if (ip->protocol == IPPROTO_ICMP) {
		struct icmphdr *icmp = (void *)ip + ip->ihl * 4;
		if ((void *)(icmp + 1) <= data_end && icmp->type == ICMP_ECHO)
			bpf_printk("ping id %d", bpf_ntohs(icmp->un.echo.id));
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
