// CO-RE chains through the task: credentials, namespaces, the address space, the executable's name.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct info {
	__u32 uid, euid, loginuid, sessionid;
	__u64 arg_start, arg_len;
	__u64 net_ns;
	int prio, exit_code;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, struct info);
	__uint(max_entries, 1);
} scratch SEC(".maps");

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(task_info)
{
	__u32 k = 0;
	struct info *i = bpf_map_lookup_elem(&scratch, &k);
	if (!i)
		return 0;
	struct task_struct *t = (void *)bpf_get_current_task();
	i->uid = BPF_CORE_READ(t, cred, uid.val);
	i->euid = BPF_CORE_READ(t, real_cred, euid.val);
	i->loginuid = BPF_CORE_READ(t, loginuid.val);
	i->sessionid = BPF_CORE_READ(t, sessionid);
	i->arg_start = BPF_CORE_READ(t, mm, arg_start);
	i->arg_len = BPF_CORE_READ(t, mm, arg_end) - i->arg_start;
	i->net_ns = (__u64)BPF_CORE_READ(t, nsproxy, net_ns);
	i->prio = BPF_CORE_READ(t, prio);
	i->exit_code = BPF_CORE_READ(t, group_leader, exit_code);
	BPF_CORE_READ_STR_INTO(&i->comm, t, group_leader, comm);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
