// about: deep member chains through arrays and nested structs (a.b[i].c.d[j]), in a global and through pointers to its parts
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct leaf { __u16 d[3]; __u8 tag; };
struct mid { struct leaf c; __u32 w; };
struct top { __u8 kind; struct mid b[3]; struct mid *unused; };

struct top t = { 1, { { { { 1, 2, 3 }, 4 }, 5 }, { { { 6, 7, 8 }, 9 }, 10 }, { { { 11, 12, 13 }, 14 }, 15 } } };
__u32 i = 2, j = 1;
__u64 out[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = t.b[i & 1].c.d[j & 1];
	out[1] = t.b[2].c.d[2] + t.b[0].w;
	struct mid *m = &t.b[1];
	struct leaf *l = &m->c;
	l->d[0] += 100;
	out[2] = t.b[1].c.d[0];
	out[3] = (char *)&t.b[2].c.tag - (char *)&t;
	out[4] = sizeof(struct top);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
