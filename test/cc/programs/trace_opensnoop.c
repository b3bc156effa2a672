// about: opensnoop: tracepoint sys_enter_openat sends pid, flags, comm and the file name (bpf_probe_read_user_str from the user pointer in args[1]) to a ring buffer
// ctx: 0000000000000000 0101000000000000 9cffffffffffffff 0000001000000000 4100000000000000 0000000000000000
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct event { __u32 pid; __u32 flags; long name_len; char comm[16]; char fname[64]; };

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int prog(struct trace_event_raw_sys_enter *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->flags = ctx->args[2];
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	e->name_len = bpf_probe_read_user_str(e->fname, sizeof(e->fname), (const char *)ctx->args[1]);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
