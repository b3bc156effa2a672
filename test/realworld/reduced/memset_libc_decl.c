// memset and memcpy declared as the C library declares them (<string.h>), called with constant sizes: clang treats them as the builtins — from selftests progs/test_sysctl_loop1.c (memset), test_xdp.c, test_l4lb.c, test_sockmap_kern.h (memcpy)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

void *memset(void *s, int c, unsigned long n);
void *memcpy(void *dst, const void *src, unsigned long n);

SEC("xdp")
int memset_libc_decl(struct xdp_md *ctx)
{
	char name[24], copy[24];

	memset(name, 0, sizeof(name));
	name[3] = 1;
	memcpy(copy, name, sizeof(copy));
	return copy[3] + copy[20] == 1 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
