// about: a bounds check kept in a variable (`int ok = i < 8; if (ok) v[i]`): clang -O2 jumps on `i`
// about: itself, so the kernel learns `i < 8` on the taken side; bpfplay must too (a fix for seed 4151
// about: that compared a copy of `i` made the kernel refuse this with "R0 unbounded memory access").
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64[8]);
	__uint(max_entries, 1);
} vals SEC(".maps");

SEC("xdp")
int stmt_bool_var_bounds(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&vals, &k);
	if (!v)
		return 0;
	__u32 i = ctx->rx_queue_index;
	int ok = i < 8;
	if (ok)
		return v[i] + 2;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
