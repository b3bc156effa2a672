// about: the comma operator in for headers and expressions, assignments used as values, chained assignment
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in = 6;
__u32 out[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 a, b, c;
	a = b = c = in;
	__u32 i, j;
	for (i = 0, j = 10; i < j; i++, j--)
		a += i * j;
	out[0] = a;
	out[1] = (b++, b * 2);
	__u32 t;
	out[2] = (t = in + 1) * t;
	out[3] = i + j;
	out[4] = c;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
