// about: compound literals of struct and array type, assigned, passed by pointer and indexed
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair { int a, b; };
__u32 k = 2;
long long out[4];

static __attribute__((noinline)) int sum(const struct pair *p) { return p->a + p->b; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct pair p = (struct pair){ .b = 5, .a = -2 };
	out[0] = p.a * p.b;
	out[1] = sum(&(struct pair){ 10, 20 });
	out[2] = ((int[]){ 4, 8, 15, 16, 23, 42 })[k < 6 ? k : 0];
	p = (struct pair){ 0 };
	out[3] = p.a + p.b;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
