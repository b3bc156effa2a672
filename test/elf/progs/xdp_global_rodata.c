// A read-only global (`const volatile`, in .rodata) decides a branch: libbpf freezes .rodata, so
// the kernel reads the constant and knows the branch is never taken. The global function called
// only there, which would be refused, is never verified.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

volatile const int debug = 0;

__noinline int dump(unsigned char *p)
{
	return p[1];
}

SEC("xdp")
int global_rodata(struct xdp_md *ctx)
{
	unsigned char buf[4] = { 1, 2, 3, 4 };

	if (debug)
		return dump(buf);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
