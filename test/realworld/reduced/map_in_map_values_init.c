// an outer map's slots initialised in C, .values = { &inner } (libbpf fills them at load) — from selftests progs/test_btf_map_in_map.c, test_map_in_map.c, test_ringbuf_multi.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, int);
} inner_a SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, int);
	__array(values, struct inner);
} outer SEC(".maps") = {
	.values = { &inner_a },
};

SEC("xdp")
int map_in_map_values_init(struct xdp_md *ctx)
{
	int key = 0;
	void *m = bpf_map_lookup_elem(&outer, &key);
	int *v;

	if (!m)
		return XDP_PASS;
	v = bpf_map_lookup_elem(m, &key);
	return v && *v ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
