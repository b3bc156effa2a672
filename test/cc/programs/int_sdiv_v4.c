// about: signed division and remainder by variables with -mcpu=v4 (sdiv/smod), 32 and 64 bits, every sign combination
// packet: ipv4-tcp
// cpu: v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[4] = { -1001, 7, 1001, -7 };
long long out[12];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int a = in[0], b = in[1], c = in[2], d = in[3];
	out[0] = a / b;
	out[1] = a % b;
	out[2] = c / d;
	out[3] = c % d;
	out[4] = a / d;
	out[5] = a % d;
	out[6] = in[0] / in[1];
	out[7] = in[0] % in[3];
	out[8] = in[2] / in[3];
	out[9] = in[2] % in[1];
	out[10] = a / 3;
	out[11] = in[0] / -5;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
