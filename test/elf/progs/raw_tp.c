// A raw tracepoint reads its arguments, and a bpf_probe_read_kernel of the task they point to.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

__u32 switches;

SEC("raw_tp/sched_switch")
int on_switch(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *next = (void *)ctx->args[2];
	int pid = 0;
	bpf_probe_read_kernel(&pid, sizeof(pid), &next->pid);
	if (pid)
		switches++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
