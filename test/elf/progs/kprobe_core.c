// CO-RE reads through the built-in vmlinux.h: the current task's pid, its parent's tgid, its comm.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 64);
} parent_of SEC(".maps");

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(on_sleep)
{
	struct task_struct *t = (void *)bpf_get_current_task();
	__u32 pid = BPF_CORE_READ(t, pid);
	__u32 ppid = BPF_CORE_READ(t, real_parent, tgid);
	char comm[16];
	BPF_CORE_READ_STR_INTO(&comm, t, comm);
	bpf_map_update_elem(&parent_of, &pid, &ppid, BPF_ANY);
	return comm[0] == 'x';
}

char LICENSE[] SEC("license") = "GPL";
