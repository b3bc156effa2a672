// about: packet pointers passed to noinline functions that check bounds and parse there, returning offsets and writing results through stack pointers
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 out[3];

static __attribute__((noinline)) int l3_len(void *data, void *end, __u32 *proto)
{
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > end)
		return -1;
	*proto = ip->protocol;
	return ip->ihl * 4;
}

static __attribute__((noinline)) int udp_port(void *data, void *end, int off)
{
	if (off < 0 || off > 60)
		return -1;
	struct udphdr *u = data + sizeof(struct ethhdr) + off;
	if ((void *)(u + 1) > end)
		return -1;
	return bpf_ntohs(u->dest);
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 proto = 0;
	int off = l3_len(data, end, &proto);
	out[0] = off;
	out[1] = proto;
	out[2] = udp_port(data, end, off);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
