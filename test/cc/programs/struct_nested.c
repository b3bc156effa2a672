// about: nested structs and arrays of structs inside structs, chains of . and ->, a pointer chosen by a condition
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner { __u16 a; __u32 b[3]; };
struct outer { __u8 kind; struct inner in[2]; struct { __u64 lo, hi; } range; };
struct outer g = { 1, { { 10, { 1, 2, 3 } }, { 20, { 4, 5, 6 } } }, { 100, 200 } };
__u64 idx = 1;
__u64 out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct outer o = g;
	struct inner *p = idx ? &o.in[1] : &o.in[0];
	out[0] = p->a;
	out[1] = p->b[2];
	p->b[1] = 77;
	out[2] = o.in[1].b[1];
	out[3] = o.range.hi - o.range.lo;
	out[4] = sizeof(o);
	out[5] = o.in[0].b[0] + g.in[1].a;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
