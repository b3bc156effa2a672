// about: count frames per VLAN id (untagged as 0) and per inner EtherType, parsing an optional 802.1Q tag
// packet: vlan-ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct vlan_hdr { __be16 tci; __be16 proto; };
struct key { __u16 vlan; __u16 proto; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, struct key);
	__type(value, __u64);
	__uint(max_entries, 256);
} frames SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_PASS;
	struct key k = { 0, bpf_ntohs(eth->h_proto) };
	if (eth->h_proto == bpf_htons(ETH_P_8021Q)) {
		struct vlan_hdr *v = (void *)(eth + 1);
		if ((void *)(v + 1) > end)
			return XDP_PASS;
		k.vlan = bpf_ntohs(v->tci) & 0x0fff;
		k.proto = bpf_ntohs(v->proto);
	}
	__u64 one = 1, *n = bpf_map_lookup_elem(&frames, &k);
	if (n)
		*n += 1;
	else
		bpf_map_update_elem(&frames, &k, &one, BPF_ANY);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
