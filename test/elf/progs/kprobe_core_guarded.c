// A CO-RE read of a missing field guarded by bpf_core_field_exists: the poisoned instruction is
// dead code, so the kernel accepts (its branch is pruned on the constant 0).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct task_struct___future {
	int shiny_new_field;
} __attribute__((preserve_access_index));

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(guarded)
{
	struct task_struct___future *t = (void *)bpf_get_current_task();
	if (bpf_core_field_exists(t->shiny_new_field))
		return BPF_CORE_READ(t, shiny_new_field);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
