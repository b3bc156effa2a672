// about: compound assignment and increments on bitfields: unsigned fields wrap at their width, signed ones wrap to negative, in a map value across runs
// packet: ipv4-tcp
// repeat: 5
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct ctr { unsigned int small : 3; int sgn : 4; unsigned int big : 20; unsigned int flag : 1; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct ctr);
	__uint(max_entries, 1);
} c SEC(".maps");

long long seen[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	struct ctr *v = bpf_map_lookup_elem(&c, &k);
	if (!v)
		return XDP_ABORTED;
	v->small += 3;
	v->sgn += 5;
	v->big = v->big * 3 + 1;
	v->flag = !v->flag;
	seen[0] = v->small;
	seen[1] = v->sgn;
	seen[2] = v->big + v->flag;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
