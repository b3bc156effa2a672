// A bpf_loop callback runs on top of the function that passes it: 400 bytes of stack there and
// 200 in the callback are more than 512 together, and the kernel refuses the program.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int fill(__u32 i, void *data)
{
	volatile char b[200];
	b[0] = 1;
	b[199] = (char)i;
	return b[i & 127] & 1;
}

SEC("xdp")
int stack_deep(struct xdp_md *ctx)
{
	volatile char buf[400];
	buf[0] = 1;
	buf[399] = 2;
	bpf_loop(2, fill, 0, 0);
	return buf[ctx->ingress_ifindex & 255] & 1;
}

char LICENSE[] SEC("license") = "GPL";
