// about: signed and unsigned comparisons of 32- and 64-bit values, as conditions and as 0/1 values
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[3] = { -5, 3, 0x100000000LL };
__u32 out[12];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	long long a = in[0], b = in[1], c = in[2];
	int ia = a, ib = b;
	unsigned int ua = a, ub = b;
	out[0] = a < b;
	out[1] = (__u64)a < (__u64)b;
	out[2] = ia > ib;
	out[3] = ua > ub;
	out[4] = ia <= -5;
	out[5] = ua >= 0xfffffffb;
	out[6] = (int)c == 0;
	out[7] = c != 0;
	out[8] = a != -5 || b == 3;
	if (ia < 0 && ub < 4)
		out[9] = 1;
	if (c > 0xffffffffLL)
		out[10] = 2;
	out[11] = (a >= b) + (a < b) * 2;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
