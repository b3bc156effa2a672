// Rejected: a CO-RE read of a field no kernel type has (libbpf poisons the instruction).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct task_struct___future {
	int shiny_new_field;
} __attribute__((preserve_access_index));

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(read_missing)
{
	struct task_struct___future *t = (void *)bpf_get_current_task();
	return BPF_CORE_READ(t, shiny_new_field);
}

char LICENSE[] SEC("license") = "GPL";
