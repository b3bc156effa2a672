// about: the L4 header found at ip + ihl * 4: the offset is an int (a 4-bit bitfield times 4) whose
// range is known non-negative, so it must not be sign-extended before the pointer addition (the
// verifier loses the bounds of a sign-extended value and refuses the packet access)
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int l4_port(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_TCP)
		return XDP_PASS;
	void *l4 = (void *)ip + ip->ihl * 4;
	if (l4 + sizeof(struct tcphdr) > data_end)
		return XDP_PASS;
	struct tcphdr *tcp = l4;
	if (tcp->dest == bpf_htons(22))
		return XDP_DROP;
	return XDP_PASS;
}

/* the same offset through a local: every write to hlen is bounded, so reading it is not extended */
SEC("xdp")
int l4_port_local(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	int hlen = ip->ihl * 4;
	if (hlen < (int)sizeof(*ip))
		return XDP_DROP;
	struct tcphdr *tcp = (void *)ip + hlen;
	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	return tcp->syn ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
