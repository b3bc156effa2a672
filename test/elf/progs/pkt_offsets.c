// Packet offsets near the limits: a constant offset of 65535 checked against data_end, a pointer
// moved back by one from a variable offset; the last program adds a 16-bit offset to data + 14,
// whose maximum passes MAX_PACKET_OFF (0xffff), so its comparison with data_end proves nothing.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } cfg SEC(".maps");
SEC("xdp")
int max_pkt_off_ok(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	unsigned char *p = data;
	if ((void *)(p + 65535) > end) return XDP_PASS;
	return p[65534] == 1 ? XDP_DROP : XDP_PASS;
}
SEC("xdp")
int neg_var_off(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end) return XDP_PASS;
	unsigned char *tail = (void *)ip + ip->ihl * 4;
	if ((void *)tail > end) return XDP_PASS;
	unsigned char *b = tail - 1;
	return *b == 0 ? XDP_DROP : XDP_PASS;
}
SEC("xdp")
int off_u16_plus(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 k = 0, *off = bpf_map_lookup_elem(&cfg, &k);
	if (!off) return XDP_PASS;
	unsigned char *p = data + 14 + (*off & 0xffff);
	if ((void *)(p + 1) > end) return XDP_PASS;
	return *p == 1 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
