// The caller's side of a global call: the kernel checks each argument against the prototype.
// Here a 2-byte stack buffer goes where the prototype says a pointer to 8 bytes: refused at the call.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	int a, b;
};

__noinline int sum(struct pair *p)
{
	return p ? p->a + p->b : 0;
}

SEC("xdp")
int global_args(struct xdp_md *ctx)
{
	unsigned char small[2] = { 1, 2 };

	return sum((struct pair *)small) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
