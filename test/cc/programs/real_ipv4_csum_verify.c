// about: verify the IPv4 header checksum with an unrolled 16-bit one's-complement sum over a 20-byte header (options refused), pass or drop
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

__u32 folded;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	if (ip->ihl != 5)
		return XDP_DROP;
	__u16 *w = (__u16 *)ip;
	__u32 sum = 0;
#pragma unroll
	for (int i = 0; i < 10; i++)
		sum += w[i];
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	folded = sum;
	return sum == 0xffff ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
