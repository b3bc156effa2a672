// about: a local array of pointers to globals, indexed by constants and chosen by a condition (a variable index into spilled pointers is not verifiable); a function returning a pointer to a global chosen by its argument
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 ga = 10, gb = 20, gc = 30;
__u32 pick = 1;

static __attribute__((noinline)) __u64 *slot(__u32 i)
{
	if (i == 0)
		return &ga;
	if (i == 1)
		return &gb;
	return &gc;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 *ptrs[3] = { &ga, &gb, &gc };
	*ptrs[2] += 5;
	*(pick ? ptrs[1] : ptrs[0]) += 7;
	*slot(pick + 1) *= 2;
	*ptrs[0] += *slot(0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
