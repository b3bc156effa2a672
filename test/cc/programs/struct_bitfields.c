// about: bitfields: reads and writes of unsigned and signed fields of several widths, neighbours left intact, the storage word seen as a whole
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flags {
	unsigned int a : 3;
	unsigned int b : 5;
	int c : 4;
	unsigned int d : 12;
	unsigned int e : 8;
};
union view { struct flags f; __u32 raw; };
__u32 in = 0xdeadbeef;
long long out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	union view v;
	v.raw = in;
	out[0] = v.f.a;
	out[1] = v.f.b;
	out[2] = v.f.c;              /* signed: sign-extended */
	out[3] = v.f.d;
	out[4] = v.f.e;
	v.f.b = 17;
	v.f.c = -3;
	v.f.d += 1;
	out[5] = v.raw;
	v.f.a = 9;                   /* truncated to 3 bits */
	out[6] = v.f.a;
	out[7] = sizeof(struct flags);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
