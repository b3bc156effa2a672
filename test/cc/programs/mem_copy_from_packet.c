// about: headers copied from the packet into stack structs with __builtin_memcpy and assignment, edited there and copied back
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

__u8 saved[14];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_ABORTED;
	struct ethhdr e;
	__builtin_memcpy(&e, eth, sizeof(e));
	struct iphdr h = *ip;
	__builtin_memcpy(saved, &e, sizeof(e));
	h.ttl = 1;
	h.id = 0xbeef;
	*ip = h;
	e.h_dest[0] = 0xaa;
	__builtin_memcpy(eth, &e, sizeof(e));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
