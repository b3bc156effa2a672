// about: every compound assignment operator on locals of different widths, with the implicit truncation back (v4: /= and %= on signed types)
// packet: ipv4-tcp
// cpu: v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[2] = { 250, 7 };
long long out[10];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	unsigned char c = in[0];
	short s = in[0];
	int i = in[0];
	long long l = in[0];
	int k = in[1];
	c += k;        out[0] = c;   /* 1 */
	s *= 200;      out[1] = s;   /* wraps into negative */
	i -= 1000;     out[2] = i;
	l /= k;        out[3] = l;
	i %= k;        out[4] = i;
	l <<= k;       out[5] = l;
	s >>= 3;       out[6] = s;
	c ^= 0xff;     out[7] = c;
	l |= 1;        out[8] = l;
	i &= 0x7;      out[9] = i;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
