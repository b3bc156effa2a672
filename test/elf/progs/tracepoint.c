// Tracepoints: raw_syscalls:sys_enter through vmlinux.h's record, and sched_process_exec.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

__u64 syscalls;
__u32 last_exec_pid;

SEC("tp/raw_syscalls/sys_enter")
int on_enter(struct trace_event_raw_sys_enter *ctx)
{
	if (ctx->id == 59)
		syscalls++;
	return 0;
}

SEC("tracepoint/sched/sched_process_exec")
int on_exec(struct trace_event_raw_sched_process_exec *ctx)
{
	last_exec_pid = ctx->pid;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
