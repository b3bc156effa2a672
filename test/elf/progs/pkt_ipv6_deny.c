// An IPv6 deny list: the source address copied to the stack as a 16-byte key, the destination
// passed straight from the packet, a hit counted with __sync_fetch_and_add. The atomic add reads
// r0 only as a compare-and-exchange: the level-2 log prints R1 and R2 after it, not R0.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ipv6.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, struct in6_addr);
	__type(value, __u32);
	__uint(max_entries, 128);
} deny SEC(".maps");

SEC("xdp")
int ipv6_deny(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(ETH_P_IPV6))
		return XDP_PASS;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	if ((void *)(ip6 + 1) > end)
		return XDP_PASS;
	struct in6_addr a;
	__builtin_memcpy(&a, &ip6->saddr, sizeof(a));
	__u32 *hit = bpf_map_lookup_elem(&deny, &a);
	if (hit) {
		__sync_fetch_and_add(hit, 1);
		return XDP_DROP;
	}
	if (bpf_map_lookup_elem(&deny, &ip6->daddr))
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
