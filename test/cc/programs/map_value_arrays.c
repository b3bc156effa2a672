// about: a map value holding an array of structs: bounded loops over it, a pointer to one element passed to a noinline function, element-wise updates
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct slot { __u32 hits; __u16 last; __u16 flags; };
struct table { __u64 total; struct slot slots[8]; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct table);
	__uint(max_entries, 1);
} t SEC(".maps");

static __attribute__((noinline)) void touch(struct slot *s, __u16 v)
{
	s->hits++;
	s->last = v;
	s->flags |= 1 << (v & 7);
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	struct table *tb = bpf_map_lookup_elem(&t, &k);
	if (!tb)
		return XDP_ABORTED;
	__u32 len = ctx->data_end - ctx->data;
	touch(&tb->slots[len & 7], len);
	touch(&tb->slots[3], 3);
	for (int i = 0; i < 8; i++)
		tb->total += tb->slots[i].hits * (i + 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
