// about: unions: the same bytes as a u32, as four u8 and as two u16 (little-endian); a tagged union
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

union word { __u32 w; __u8 b[4]; __u16 h[2]; };
struct tagged { int tag; union { __u64 num; char str[8]; } u; };
__u32 in = 0x11223344;
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	union word v;
	v.w = in;
	out[0] = v.b[0];
	out[1] = v.b[3];
	out[2] = v.h[1];
	v.b[1] = 0xff;
	out[3] = v.w;
	struct tagged t = { .tag = 2 };
	t.u.num = 0x6f6c6c6568ULL;
	out[4] = t.tag == 2 ? t.u.str[0] : 0;
	out[5] = t.u.str[4];
	out[6] = sizeof(union word) + sizeof(struct tagged);
	out[7] = v.h[0];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
