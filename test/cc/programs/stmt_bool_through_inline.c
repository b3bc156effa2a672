// about: a bounds check made into a 0/1 value and tested elsewhere: returned by an inlined function
// about: (`int r = i < 8; return r;` then `if (in_range(i)) v[i]`), copied to another variable, and
// about: passed to an inlined function that tests its parameter. Each comparison must jump on `i`
// about: itself so that the kernel learns the bound on the arm that uses it (tested.ts).
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64[8]);
	__uint(max_entries, 1);
} vals SEC(".maps");

static __always_inline int in_range(__u32 i)
{
	int r = i < 8;
	return r;
}

static __always_inline __u64 pick(__u64 *v, __u32 i, int ok)
{
	if (ok)
		return v[i];
	return 7;
}

SEC("xdp")
int stmt_bool_through_inline(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&vals, &k);
	if (!v)
		return 0;
	__u32 i = ctx->rx_queue_index, j = ctx->ingress_ifindex & 15, n = ctx->data_end - ctx->data;
	__u64 sum = 0;
	if (in_range(i))
		sum += v[i];
	int ok = j < 8;
	int again = ok;
	if (again)
		sum += v[j];
	__u32 m = n & 15;
	sum += pick(v, m, m < 8);
	return sum + 3;
}

char LICENSE[] SEC("license") = "GPL";
