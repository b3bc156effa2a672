// memset declared as the C library declares it (<string.h>), called with a constant size: clang treats it as the builtin — from selftests progs/test_sysctl_loop1.c, test_sysctl_prog.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

void *memset(void *s, int c, unsigned long n);

SEC("xdp")
int memset_libc_decl(struct xdp_md *ctx)
{
	char name[24];

	memset(name, 0, sizeof(name));
	name[3] = 1;
	return name[3] + name[20] == 1 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
