// about: conditional expressions, nested, mixing signed and unsigned operands; min and max macros
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

long long in[3] = { -9, 4, 100 };
long long out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	long long a = in[0], b = in[1], c = in[2];
	out[0] = MIN(a, b);
	out[1] = MAX(MAX(a, b), c);
	out[2] = a < 0 ? -a : a;
	out[3] = a < b ? (b < c ? 1 : 2) : 3;
	out[4] = (int)b ? (unsigned int)a : 5u;   /* the unsigned type wins */
	out[5] = c > 50 ? c - 50 : c < 10 ? 10 : c;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
