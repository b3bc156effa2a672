// about: BPF_PROG from bpf_tracing.h on a raw tracepoint (sched_switch's preempt flag and two task pointers as u64 arguments), PT_REGS-free argument access
// ctx: 0100000000000000 0010000000000000 0020000000000000
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 switches, preempted, same;

SEC("raw_tp/sched_switch")
int BPF_PROG(prog, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	switches++;
	if (preempt)
		preempted++;
	if (prev == next)
		same++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
