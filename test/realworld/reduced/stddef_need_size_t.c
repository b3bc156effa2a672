// <stddef.h> asked for size_t only (#define __need_size_t, as glibc's <string.h> does) after vmlinux.h typedef'd wchar_t as unsigned short: clang's stddef.h then defines size_t alone; bpfplay's defines wchar_t too ("typedef redefinition with different types") — from kernel samples/bpf/test_probe_write_user.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned short wchar_t;

#define __need_size_t
#define __need_NULL
#include <stddef.h>

SEC("xdp")
int stddef_need_size_t(struct xdp_md *ctx)
{
	size_t n = sizeof(wchar_t);

	return n == 2 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
