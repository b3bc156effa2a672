// A global function checks its pointer argument for NULL before it reads through it: verified on
// its own, the argument is a 4-byte memory pointer that may be NULL, so the check makes it safe.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int first_word(unsigned int *p)
{
	if (!p)
		return 0;
	return *p & 0xff;
}

SEC("xdp")
int global_null(struct xdp_md *ctx)
{
	unsigned int v = 2;

	return first_word(&v) == 2 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
