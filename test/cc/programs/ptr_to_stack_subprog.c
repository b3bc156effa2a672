// about: pointers to the caller's stack passed to noinline functions that read and write through them, two frames deep
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 out[4];
__u64 in = 11;

static __attribute__((noinline)) void twice(__u64 *v)
{
	*v *= 2;
}

static __attribute__((noinline)) void swap_and_twice(__u64 *a, __u64 *b)
{
	__u64 t = *a;
	*a = *b;
	*b = t;
	twice(a);
	twice(b);
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 x = in, y = in + 100;
	swap_and_twice(&x, &y);
	__u64 arr[3] = { 1, 2, 3 };
	twice(&arr[2]);
	out[0] = x;
	out[1] = y;
	out[2] = arr[2];
	out[3] = arr[0] + arr[1];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
