// about: watch ARP requests: the sender's IPv4 address recorded with its MAC in a hash map, other frames passed untouched
// packet: arp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

/* <linux/if_arp.h> drags in glibc's socket headers, which the bpf target lacks */
struct arphdr { __be16 ar_hrd, ar_pro; __u8 ar_hln, ar_pln; __be16 ar_op; };
#define ARPOP_REQUEST 1
struct arp_eth { __u8 sha[6]; __u8 sip[4]; __u8 tha[6]; __u8 tip[4]; };
struct mac { __u8 addr[6]; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, struct mac);
	__uint(max_entries, 64);
} neighbours SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct arphdr *arp = (void *)(eth + 1);
	struct arp_eth *body = (void *)(arp + 1);
	if ((void *)(body + 1) > end || eth->h_proto != bpf_htons(ETH_P_ARP))
		return XDP_PASS;
	if (arp->ar_op != bpf_htons(ARPOP_REQUEST))
		return XDP_PASS;
	__u32 ip;
	struct mac m;
	__builtin_memcpy(&ip, body->sip, 4);
	__builtin_memcpy(m.addr, body->sha, 6);
	bpf_map_update_elem(&neighbours, &ip, &m, BPF_ANY);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
