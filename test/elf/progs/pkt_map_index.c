// Arrays in map values indexed the usual ways: a mask, `if (i < N)` on a __u32, a loop bounded by a
// constant and by a count read from the value; the last program checks `i <= N`, one past the end.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct val { __u64 counts[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct val); __uint(max_entries, 1); } m SEC(".maps");
struct ent { __u32 addr; __u16 port; __u8 proto, flags; __u32 hits; };
struct table { __u32 n; struct ent e[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, struct table); __uint(max_entries, 1); } tbl SEC(".maps");
SEC("xdp")
int mapval_mask(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&m, &k);
	if (!v) return XDP_PASS;
	__u32 i = eth->h_dest[5] & 15;
	__sync_fetch_and_add(&v->counts[i], 1);
	return XDP_PASS;
}
SEC("xdp")
int mapval_lt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end) return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&m, &k);
	if (!v) return XDP_PASS;
	__u32 i = eth->h_dest[5];
	if (i < 16) v->counts[i]++;
	return XDP_PASS;
}
SEC("xdp")
int struct_array(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end) return XDP_PASS;
	__u32 k = 0;
	struct table *v = bpf_map_lookup_elem(&tbl, &k);
	if (!v) return XDP_PASS;
	for (__u32 i = 0; i < 8 && i < v->n; i++) {
		if (v->e[i].addr == ip->saddr) { v->e[i].hits++; return XDP_DROP; }
	}
	return XDP_PASS;
}
SEC("xdp")
int mapval_le(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 4 > end) return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&m, &k);
	if (!v) return XDP_PASS;
	__u32 i = *(__u32 *)data;
	if (i <= 16) v->counts[i]++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
