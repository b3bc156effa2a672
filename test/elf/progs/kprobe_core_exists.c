// CO-RE questions: a field of a flavour type that does not exist, a type's size, an enum's value,
// whether a type exists, and a field's size.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct task_struct___old {
	long state;
} __attribute__((preserve_access_index));

struct not_in_kernel___x {
	int a;
} __attribute__((preserve_access_index));

__u64 facts[6];

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(probe_facts)
{
	struct task_struct *t = (void *)bpf_get_current_task();
	facts[0] = bpf_core_field_exists(((struct task_struct___old *)t)->state);
	facts[1] = bpf_core_field_exists(t->__state);
	facts[2] = bpf_core_type_size(struct task_struct);
	facts[3] = bpf_core_enum_value(enum bpf_map_type, BPF_MAP_TYPE_RINGBUF);
	facts[4] = bpf_core_type_exists(struct not_in_kernel___x);
	facts[5] = bpf_core_field_size(t->comm);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
