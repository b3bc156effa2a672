// kretprobe and kprobe sending events through a ring buffer.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct event {
	__u32 pid;
	long ret;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("kretprobe/do_sys_openat2")
int BPF_KRETPROBE(open_ret, long ret)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ret = ret;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(open_enter, int dfd, const char *name)
{
	struct event e = {};
	e.pid = bpf_get_current_pid_tgid();
	bpf_probe_read_user_str(e.comm, sizeof(e.comm), name);
	bpf_ringbuf_output(&events, &e, sizeof(e), 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
