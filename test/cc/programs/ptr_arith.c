// about: pointer arithmetic over the packet: advancing by header sizes, pointer differences, comparisons against data_end
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u64 out[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;
	struct iphdr *ip = (struct iphdr *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_ABORTED;
	struct udphdr *udp = (void *)ip + ip->ihl * 4;
	if ((void *)(udp + 1) > end)
		return XDP_ABORTED;
	__u8 *payload = (__u8 *)(udp + 1);
	out[0] = (void *)udp - data;
	out[1] = end - (void *)payload;
	out[2] = bpf_ntohs(udp->dest);
	out[3] = (__u8 *)&ip->daddr - (__u8 *)ip;
	out[4] = payload + 2 <= (__u8 *)end ? payload[1] : 0xffff;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
