// about: __attribute__((aligned(N))) on members and locals, #pragma pack(push, 1) / pop around a struct, and the sizes and offsets they give
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct al { __u8 a; __u32 b __attribute__((aligned(16))); __u16 c; };
#pragma pack(push, 1)
struct pk { __u8 a; __u32 b; __u16 c; __u64 d; };
#pragma pack(pop)
struct after { __u8 a; __u32 b; };

struct pk gp = { 1, 0x02020202, 0x0303, 0x0404040404040404ULL };
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct al x = { 1, 2, 3 };
	__u8 buf[5] __attribute__((aligned(8))) = { 9, 8, 7, 6, 5 };
	out[0] = sizeof(struct al);
	out[1] = __builtin_offsetof(struct al, c);
	out[2] = sizeof(struct pk);
	out[3] = __builtin_offsetof(struct pk, d);
	out[4] = sizeof(struct after);
	out[5] = x.b + x.c + buf[4];
	out[6] = gp.d + gp.b;
	gp.c += 1;
	out[7] = gp.c;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
