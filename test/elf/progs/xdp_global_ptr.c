// A global function dereferences its pointer argument without a NULL check. The kernel verifies a
// global function on its own, from its BTF prototype: the pointer may be NULL there, so it rejects.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int first_byte(unsigned char *p)
{
	return *p;
}

SEC("xdp")
int global_ptr(struct xdp_md *ctx)
{
	unsigned char buf[4] = { 2, 0, 0, 0 };
	return first_byte(buf) == 2 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
