// about: signed division and remainder by constants (powers of two and others) with -mcpu=v4; clang-19 refuses any signed division on v3
// cpu: v4
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[2] = { -1001, 77 };
long long out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int a = in[0], b = in[1];
	out[0] = a / 4;
	out[1] = a % 4;
	out[2] = b / 8;
	out[3] = in[0] / 16;
	out[4] = in[0] % 32;
	out[5] = (a * 3) / 2;
	out[6] = -b / 2;
	out[7] = (in[0] - in[1]) % 8;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
