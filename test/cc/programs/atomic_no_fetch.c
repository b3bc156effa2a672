// about: atomics whose result is unused (plain BPF_ADD/AND/OR/XOR without fetch) on 32- and 64-bit map values and globals
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 g64 = 0xf0;
__u32 g32 = 0xff00;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} m SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&m, &k);
	if (!v)
		return XDP_ABORTED;
	__sync_fetch_and_add(v, 5);
	__sync_fetch_and_or(v, 0x100);
	__sync_fetch_and_xor(&g64, 0x0f);
	__sync_fetch_and_and(&g32, 0x0ff0);
	__sync_fetch_and_add(&g32, 1);
	__sync_fetch_and_sub(&g64, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
