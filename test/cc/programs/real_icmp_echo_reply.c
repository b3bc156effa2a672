// about: answer ICMP echo requests in XDP: swap addresses, turn the type into echo reply and adjust the ICMP checksum incrementally
// packet: ipv4-icmp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

/* <linux/icmp.h> drags in glibc's socket headers, which the bpf target lacks */
struct icmphdr { __u8 type, code; __sum16 checksum; __be16 id, sequence; };
#define ICMP_ECHOREPLY 0
#define ICMP_ECHO 8

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct icmphdr *icmp = (void *)(ip + 1);
	if ((void *)(icmp + 1) > end || ip->protocol != IPPROTO_ICMP || icmp->type != ICMP_ECHO)
		return XDP_PASS;
	__u8 mac[ETH_ALEN];
	__builtin_memcpy(mac, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, mac, ETH_ALEN);
	__be32 a = ip->saddr;
	ip->saddr = ip->daddr;
	ip->daddr = a;
	icmp->type = ICMP_ECHOREPLY;
	__u32 sum = icmp->checksum + bpf_htons(ICMP_ECHO << 8);
	icmp->checksum = (__u16)(sum + (sum >> 16));
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
