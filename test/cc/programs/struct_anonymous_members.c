// about: anonymous struct and union members (as kernel headers use them): fields reached directly, their offsets, writes through one view read through another
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct addr {
	__u16 family;
	union {
		struct { __u32 v4; __u32 pad[3]; };
		__u8 v6[16];
	};
	struct { __u16 port; __u16 flags; };
};

struct addr a = { .family = 2, .v4 = 0x0100000a, .port = 80 };
__u64 out[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct addr x = a;
	out[0] = x.v6[0] + x.v6[3];
	x.v6[15] = 0xee;
	out[1] = x.pad[2];
	out[2] = __builtin_offsetof(struct addr, port);
	out[3] = sizeof(struct addr);
	x.flags = x.port + 1;
	a = x;
	out[4] = a.flags;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
