// about: plain char's signedness on the bpf target, char arithmetic, comparisons against negative values
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char in[4] = { (char)0xf0, 'a', 0x7f, (char)0x80 };
long long out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	char c = in[0];
	out[0] = c;
	out[1] = c < 0;
	out[2] = in[1] - 'A';
	out[3] = (char)(in[2] + 1);
	out[4] = in[3] >> 1;
	out[5] = (unsigned char)in[3] >> 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
