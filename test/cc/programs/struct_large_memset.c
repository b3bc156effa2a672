// about: a 320-byte struct zeroed with = {} and with __builtin_memset, partly filled, copied into a map value and compared field by field
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec { __u64 id; __u8 name[40]; __u32 vals[64]; __u64 tail; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct rec);
	__uint(max_entries, 1);
} r SEC(".maps");

__u32 same;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct rec a = {};
	a.id = 9;
	a.name[0] = 'x';
	a.vals[63] = 63;
	a.tail = ~0ULL;
	__u32 k = 0;
	struct rec *v = bpf_map_lookup_elem(&r, &k);
	if (!v)
		return XDP_ABORTED;
	*v = a;
	__builtin_memset(&a, 0x11, sizeof(a));
	same = v->id == 9 && v->vals[63] == 63 && v->name[1] == 0 && a.vals[5] == 0x11111111;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
