// about: a bounded loop walking IPv6 extension headers until a transport header, with the pointer checked against data_end every round
// packet: ipv6-tcp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>

__u32 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ipv6hdr *ip6 = data + sizeof(struct ethhdr);
	if ((void *)(ip6 + 1) > end)
		return XDP_ABORTED;
	__u8 next = ip6->nexthdr;
	void *cur = ip6 + 1;
	int i;
	for (i = 0; i < 6; i++) {
		if (next != IPPROTO_HOPOPTS && next != IPPROTO_ROUTING && next != IPPROTO_DSTOPTS)
			break;
		__u8 *ext = cur;
		if ((void *)(ext + 2) > end)
			return XDP_DROP;
		next = ext[0];
		cur += (ext[1] + 1) * 8;
	}
	out[0] = next;
	out[1] = cur - data;
	return next == IPPROTO_TCP ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
