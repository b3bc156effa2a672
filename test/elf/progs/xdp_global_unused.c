// Global functions the program never calls: `unused` is not called at all (libbpf leaves it out
// of the program), `dead` only from a branch the verifier proves never taken (n is 3; the empty
// asm hides that from clang), so the kernel never verifies it. Both would be refused if verified.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int unused(unsigned char *p)
{
	return *p;
}

__noinline int dead(unsigned char *p)
{
	return p[1];
}

SEC("xdp")
int global_unused(struct xdp_md *ctx)
{
	unsigned char buf[4] = { 1, 2, 3, 4 };
	unsigned int n = 3;

	barrier_var(n);
	if (n > 5)
		return dead(buf);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
