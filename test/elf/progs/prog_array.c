// Tail calls through a BTF prog_array whose slots the object fills.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int stage(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, int(void *));
} jump SEC(".maps") = {
	.values = { [1] = (void *)&stage },
};

SEC("xdp")
int stage(struct xdp_md *ctx)
{
	return XDP_DROP;
}

SEC("xdp")
int entry(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jump, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
