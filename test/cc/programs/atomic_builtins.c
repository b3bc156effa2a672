// about: the C11-style __atomic_fetch_add, __atomic_exchange_n, __atomic_compare_exchange_n and __atomic_add_fetch builtins on map values
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} vals SEC(".maps");

__u64 got[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k0 = 0, k1 = 1;
	__u64 *a = bpf_map_lookup_elem(&vals, &k0);
	__u64 *b = bpf_map_lookup_elem(&vals, &k1);
	if (!a || !b)
		return XDP_ABORTED;
	got[0] = __atomic_fetch_add(a, 7, __ATOMIC_RELAXED);
	got[1] = __atomic_add_fetch(a, 3, __ATOMIC_SEQ_CST);
	got[2] = __atomic_exchange_n(b, 55, __ATOMIC_SEQ_CST);
	__u64 expect = 55;
	got[3] = __atomic_compare_exchange_n(b, &expect, 66, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	expect = 1;
	got[4] = __atomic_compare_exchange_n(b, &expect, 77, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) * 1000 + expect;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
