// tc programs: a header length checked between 20 and 60, headers read with bpf_skb_load_bytes at
// variable offsets into the stack, a length clamped to the buffer, a port rewritten with
// bpf_skb_store_bytes and the checksum fixed; the last program writes through a packet pointer
// after bpf_l3_csum_replace, which may have moved the packet.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("tc")
int tc_parse(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IP)) return TC_ACT_OK;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end) return TC_ACT_OK;
	__u32 hl = ip->ihl << 2;
	if (hl < 20 || hl > 60) return TC_ACT_SHOT;
	if ((void *)ip + hl + sizeof(struct udphdr) > end) return TC_ACT_OK;
	struct udphdr *udp = (void *)ip + hl;
	if (ip->protocol == IPPROTO_UDP && udp->dest == bpf_htons(4789)) return TC_ACT_SHOT;
	return TC_ACT_OK;
}
SEC("tc")
int skb_load(struct __sk_buff *skb)
{
	struct iphdr ip;
	if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip)) < 0) return TC_ACT_OK;
	__u32 hl = ip.ihl * 4;
	struct tcphdr tcp;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + hl, &tcp, sizeof(tcp)) < 0) return TC_ACT_OK;
	char buf[16];
	__u32 off = ETH_HLEN + hl + tcp.doff * 4;
	if (bpf_skb_load_bytes(skb, off, buf, sizeof(buf)) < 0) return TC_ACT_OK;
	return buf[0] == 'H' ? TC_ACT_SHOT : TC_ACT_OK;
}
SEC("tc")
int skb_load_var_len(struct __sk_buff *skb)
{
	char buf[64];
	__u32 len = skb->len;
	if (len > sizeof(buf)) len = sizeof(buf);
	if (len == 0) return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, 0, buf, len) < 0) return TC_ACT_OK;
	return buf[0] == 1 ? TC_ACT_SHOT : TC_ACT_OK;
}
SEC("tc")
int tc_nat_var(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end) return TC_ACT_OK;
	if (ip->protocol != IPPROTO_UDP) return TC_ACT_OK;
	__u32 hl = ip->ihl * 4;
	struct udphdr *udp = (void *)ip + hl;
	if ((void *)(udp + 1) > end) return TC_ACT_OK;
	__u16 old = udp->dest, new = bpf_htons(5353);
	__u32 off = ETH_HLEN + hl + offsetof(struct udphdr, dest);
	bpf_skb_store_bytes(skb, off, &new, sizeof(new), BPF_F_RECOMPUTE_CSUM);
	bpf_l4_csum_replace(skb, ETH_HLEN + hl + offsetof(struct udphdr, check), old, new, BPF_F_PSEUDO_HDR | 2);
	return TC_ACT_OK;
}
SEC("tc")
int tc_write_stale(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end) return TC_ACT_OK;
	__u32 old = ip->ttl;
	bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check), bpf_htons(old << 8), bpf_htons(64 << 8), 2);
	ip->ttl = 64;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
