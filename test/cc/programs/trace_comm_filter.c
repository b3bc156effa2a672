// about: tracing helpers: bpf_get_current_comm compared against a name, bpf_get_current_uid_gid, bpf_printk of the pid
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

__u64 matched, uid;

SEC("tracepoint/sched/sched_process_exec")
int prog(void *ctx)
{
	char comm[16];
	bpf_get_current_comm(comm, sizeof(comm));
	const char want[] = "bpfplay";
	int same = 1;
	for (int i = 0; i < sizeof(want); i++)
		if (comm[i] != want[i])
			same = 0;
	matched += same;
	uid = bpf_get_current_uid_gid() & 0xffffffff;
	bpf_printk("exec pid %d", bpf_get_current_pid_tgid() >> 32);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
