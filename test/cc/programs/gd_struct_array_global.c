// about: a global array of structs in .data updated per element (index from the packet, masked), with a running total in .bss; run three times
// packet: ipv4-tcp
// repeat: 3
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bucket { __u32 count; __u16 min_len, max_len; };
struct bucket buckets[4] = { { 0, 0xffff, 0 }, { 0, 0xffff, 0 }, { 0, 0xffff, 0 }, { 0, 0xffff, 0 } };
__u64 total;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	struct bucket *b = &buckets[(len >> 2) & 3];
	b->count++;
	if (len < b->min_len)
		b->min_len = len;
	if (len > b->max_len)
		b->max_len = len;
	total += len;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
