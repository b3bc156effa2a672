// an extern __kconfig variable, which libbpf fills in a frozen .kconfig map (BPF_KSYSCALL reads LINUX_HAS_SYSCALL_WRAPPER) — from kernel samples/bpf/test_current_task_under_cgroup.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern _Bool LINUX_HAS_SYSCALL_WRAPPER __kconfig;

SEC("kprobe/do_nanosleep")
int kconfig_extern(void *ctx)
{
	return LINUX_HAS_SYSCALL_WRAPPER ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
