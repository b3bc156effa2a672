// a strong extern __kconfig CONFIG_ option (bool and int), which libbpf reads from the running kernel's config — from selftests progs/test_skeleton.c, test_core_extern.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern _Bool CONFIG_BPF_SYSCALL __kconfig;
extern int CONFIG_HZ __kconfig;

__u64 seen;

SEC("raw_tp/sys_enter")
int kconfig_config_option(void *ctx)
{
	seen = CONFIG_BPF_SYSCALL ? CONFIG_HZ : 0;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
