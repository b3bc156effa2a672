// about: a switch on a 64-bit value with case constants beyond 32 bits and negative ones, inside a loop
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[5] = { 0x100000000LL, -1, 0x7fffffff00000000LL, 42, 0x100000001LL };
__u32 out[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (int i = 0; i < 5; i++) {
		switch (in[i]) {
		case 0x100000000LL: out[i] = 1; break;
		case -1: out[i] = 2; break;
		case 0x7fffffff00000000LL: out[i] = 3; break;
		case 42: out[i] = 4; break;
		default: out[i] = 9;
		}
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
