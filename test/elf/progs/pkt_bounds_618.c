// Two bounds 6.18 tracks and bpfplay did not: a range that holds one value only of those the known
// bits allow makes that value known (a flag byte masked to 0x80 and found non-zero is 128: bpfplay
// refused sole_member's index, a false reject; gre_flags meets it in GRE's flag tests), and a
// negation keeps its operand's range, as 0 - x. negated is refused all the same, for the unsigned
// maximum of a negative offset ('unbounded memory access': a negative minimum plus the access's
// offset that stays at or above 0 is not 'min value is negative').
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct val { __u64 c[8]; __u8 b[8]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct val);
	__uint(max_entries, 1);
} hits SEC(".maps");

struct grehdr { __be16 flags; __be16 proto; };

SEC("tc")
int gre_flags(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end || ip->protocol != 47)
		return TC_ACT_OK;
	__u32 hl = ip->ihl * 4;
	struct grehdr *g = (void *)ip + hl;
	if ((void *)(g + 1) > end)
		return TC_ACT_OK;
	__u32 glen = sizeof(*g);
	if (g->flags & bpf_htons(0x8000))
		glen += 4;
	if (g->flags & bpf_htons(0x2000))
		glen += 4;
	if (g->flags & bpf_htons(0x1000))
		glen += 4;
	struct iphdr *inner = (void *)g + glen;
	if ((void *)(inner + 1) > end)
		return TC_ACT_OK;
	skb->mark = inner->daddr;
	return bpf_skb_adjust_room(skb, -(int)(hl + glen), BPF_ADJ_ROOM_MAC, 0) ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("xdp")
int sole_member(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 1 > end)
		return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&hits, &k);
	if (!v)
		return XDP_PASS;
	__u64 flag = *(__u8 *)data & 0x80;
	if (flag != 0)
		v->c[flag - 128]++;
	return XDP_PASS;
}

SEC("xdp")
int negated(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 1 > end)
		return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&hits, &k);
	if (!v)
		return XDP_PASS;
	__u64 x = *(__u8 *)data & 7;
	asm volatile("%[x] = -%[x]" : [x] "+r"(x));
	v->b[x + 7]++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
