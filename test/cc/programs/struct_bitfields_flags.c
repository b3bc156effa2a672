// about: one-bit flag fields set from packet bytes, a bitfield that straddles a byte boundary, bitfields in a map value
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct state {
	__u8 syn : 1, ack : 1, fin : 1, rst : 1, seen : 4;
	__u16 lo : 6, mid : 7, top : 3;
	__u32 count;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct state);
	__uint(max_entries, 1);
} st SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u8 *tcpflags = data + 14 + 20 + 13;
	if ((void *)(tcpflags + 1) > end)
		return XDP_ABORTED;
	__u32 k = 0;
	struct state *s = bpf_map_lookup_elem(&st, &k);
	if (!s)
		return XDP_ABORTED;
	s->syn = *tcpflags >> 1;
	s->ack = *tcpflags >> 4;
	s->fin = *tcpflags;
	s->rst = *tcpflags >> 2;
	s->seen++;
	s->mid = 0x55;
	s->top = s->seen;
	s->count += s->syn + s->mid;
	return s->syn ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
