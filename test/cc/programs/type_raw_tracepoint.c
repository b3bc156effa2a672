// about: raw_tracepoint/sys_enter: the syscall id from ctx->args[1] counted in a hash map (kernel: load only)
// ctx: 0000000000000000 0101000000000000
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u64);
	__type(value, __u64);
	__uint(max_entries, 512);
} syscalls SEC(".maps");

SEC("raw_tracepoint/sys_enter")
int prog(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 id = ctx->args[1];
	__u64 one = 1, *n = bpf_map_lookup_elem(&syscalls, &id);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&syscalls, &id, &one, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
