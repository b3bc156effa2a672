// about: pre and post increment and decrement of locals, globals, array elements, struct fields and pointers
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct { int n; short arr[4]; } g = { 5, { 1, 2, 3, 4 } };
long long out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int i = g.n;
	out[0] = i++;
	out[1] = ++i;
	out[2] = g.n--;
	out[3] = --g.n;
	short *p = &g.arr[0];
	out[4] = *p++;
	out[5] = *++p;
	out[6] = g.arr[3]++ + g.arr[3];
	unsigned char u = 0;
	u--;
	out[7] = u;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
