// about: bpf_csum_diff over the IPv4 header (from scratch and as a difference between two words)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

__u64 out[3];

static __always_inline __u16 fold(__u64 s)
{
	s = (s & 0xffff) + (s >> 16);
	s = (s & 0xffff) + (s >> 16);
	return ~s;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > end)
		return XDP_ABORTED;
	__u32 hdr[5];
	__builtin_memcpy(hdr, ip, sizeof(hdr));
	out[0] = fold(bpf_csum_diff(0, 0, hdr, sizeof(hdr), 0));   /* 0: the checksum is valid */
	__u32 from = hdr[2], to = hdr[2] - 0x01000000;
	out[1] = bpf_csum_diff(&from, 4, &to, 4, 0);
	hdr[2] = to;
	out[2] = fold(bpf_csum_diff(0, 0, hdr, sizeof(hdr), 0));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
