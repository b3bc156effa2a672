// about: with -mcpu=v4 signed loads (ldsx) and sign-extending moves (movsx) from memory of every width
// packet: ipv4-tcp
// cpu: v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct { __s8 b; __s16 h; __s32 w; } in = { -3, -300, -70000 };
long long out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = in.b;
	out[1] = in.h;
	out[2] = in.w;
	long long x = in.w;
	out[3] = (__s8)x;
	out[4] = (__s16)x;
	out[5] = (__s32)(x * 100000);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
