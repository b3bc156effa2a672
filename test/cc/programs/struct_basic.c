// about: a struct on the stack: member reads and writes, whole-struct assignment, a pointer to it, sizeof with padding
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct point { char tag; int x; long long y; short z; };
struct point in = { 'p', -4, 1LL << 40, 9 };
long long out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct point a = in, b;
	b = a;
	b.x *= 3;
	struct point *p = &b;
	p->z += a.z;
	out[0] = sizeof(struct point);
	out[1] = b.tag;
	out[2] = b.x;
	out[3] = p->y >> 8;
	out[4] = p->z;
	out[5] = a.x;
	out[6] = (char *)&p->z - (char *)p;
	out[7] = __builtin_offsetof(struct point, y);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
