// about: a kretprobe keeping a histogram of return values (negative errors bucketed apart) in an array map
// ctx: 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000
// ctx: 0000000000000000 0000000000000000 f4ffffffffffffff
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} hist SEC(".maps");

SEC("kretprobe/do_sys_openat2")
int BPF_KRETPROBE(prog, long ret)
{
	__u32 slot;
	if (ret < 0)
		slot = 7;
	else if (ret < 8)
		slot = ret / 2;
	else
		slot = 6;
	__u64 *n = bpf_map_lookup_elem(&hist, &slot);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
