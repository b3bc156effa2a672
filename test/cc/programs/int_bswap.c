// about: byte order: bpf_htons, bpf_ntohs, bpf_htonl, bpf_ntohl, bpf_cpu_to_be64 and __builtin_bswap on packet fields and variables
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u64 in[1] = { 0x0102030405060708ULL };
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	if ((void *)(ip + 1) > end)
		return XDP_ABORTED;
	out[0] = bpf_ntohs(eth->h_proto);
	out[1] = bpf_ntohl(ip->saddr);
	out[2] = bpf_htons(in[0]);
	out[3] = bpf_htonl(in[0]);
	out[4] = bpf_cpu_to_be64(in[0]);
	out[5] = __builtin_bswap32(in[0] >> 8);
	out[6] = eth->h_proto == bpf_htons(ETH_P_IP);
	out[7] = bpf_be64_to_cpu(in[0]) >> 56;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
