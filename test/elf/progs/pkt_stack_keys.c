// Stack memory handed to helpers: a struct key with two bytes of padding never written (root may
// read uninitialised stack), a 64-byte buffer filled from the packet until it ends, an index
// into an initialised array of keys; the last program reads a key at a variable offset where
// half the slots were never written, which even root may not.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct key { __u32 addr; __u16 port; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, struct key); __type(value, __u64); __uint(max_entries, 64); } flows SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4); } small SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u64); __type(value, __u64); __uint(max_entries, 4); } wide SEC(".maps");
SEC("xdp")
int struct_key_pad(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end) return XDP_PASS;
	struct udphdr *udp = (void *)(ip + 1);
	if ((void *)(udp + 1) > end) return XDP_PASS;
	struct key k;
	k.addr = ip->saddr;
	k.port = udp->source;
	__u64 *v = bpf_map_lookup_elem(&flows, &k);
	if (v) __sync_fetch_and_add(v, 1);
	return XDP_PASS;
}
SEC("xdp")
int stack_partial(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	char buf[64];
	unsigned char *p = data;
#pragma unroll
	for (int i = 0; i < 64; i++) {
		if ((void *)(p + i + 1) > end) break;
		buf[i] = p[i];
	}
	bpf_ringbuf_output(&rb, buf, sizeof(buf), 0);
	return XDP_PASS;
}
SEC("xdp")
int key_var_stack(struct xdp_md *ctx)
{
	__u32 keys[4] = {1, 2, 3, 4};
	__u32 i = ctx->rx_queue_index & 3;
	return bpf_map_lookup_elem(&small, &keys[i]) ? XDP_DROP : XDP_PASS;
}
SEC("xdp")
int key_var_partial(struct xdp_md *ctx)
{
	__u32 keys[4];
	keys[0] = 1; keys[1] = 2;
	__u32 i = ctx->rx_queue_index & 3;
	return bpf_map_lookup_elem(&wide, &keys[i]) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
