// about: enum constants (implicit and explicit values), enum variables, switch over an enum, sizeof of an enum
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

enum color { RED, GREEN = 5, BLUE, ALPHA = -2 };
enum color in[3] = { BLUE, ALPHA, RED };
long long out[6];

static __attribute__((always_inline)) int weight(enum color c)
{
	switch (c) {
	case RED: return 1;
	case GREEN: return 2;
	case BLUE: return 3;
	default: return -1;
	}
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = in[0];
	out[1] = in[1];
	out[2] = weight(in[0]) + weight(in[1]) * 10 + weight(in[2]) * 100;
	out[3] = sizeof(enum color);
	out[4] = in[1] < RED;
	out[5] = BLUE + ALPHA;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
