// about: tracepoint syscalls/sys_enter_openat: count opens per process (the classic); the pid from bpf_get_current_pid_tgid, the flags from the tracepoint's args
// ctx: 0000000000000000 0101000000000000 0000000000000000 0000000000000000 4200000000000000 0000000000000000
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 10240);
} opens SEC(".maps");

__u64 with_create;

SEC("tracepoint/syscalls/sys_enter_openat")
int prog(struct trace_event_raw_sys_enter *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *n = bpf_map_lookup_elem(&opens, &pid);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&opens, &pid, &one, BPF_ANY);
	if (ctx->args[2] & 0x40)   /* O_CREAT */
		with_create++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
