// about: copies of a 200-byte struct (stack to stack, stack to map value, map value to stack) and a field changed in between
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct big { __u64 id; __u32 vals[46]; __u8 tail[8]; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct big);
	__uint(max_entries, 2);
} store SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k0 = 0, k1 = 1;
	struct big *a = bpf_map_lookup_elem(&store, &k0);
	struct big *b = bpf_map_lookup_elem(&store, &k1);
	if (!a || !b)
		return XDP_ABORTED;
	struct big t = {};
	t.id = 77;
	for (int i = 0; i < 46; i++)
		t.vals[i] = i * 3;
	t.tail[7] = 0xee;
	*a = t;
	t.vals[45] = 1;
	*b = t;
	struct big back = *a;
	b->id = back.vals[45] + back.tail[7];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
