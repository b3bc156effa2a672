// about: left shifts, arithmetic right shifts of signed values, logical right shifts of unsigned ones, 32 and 64 bits, by constants and by variables
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[3] = { -123456789, 5, 0x8000000000000001LL };
__u64 out[12];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int a = in[0];
	unsigned int ua = in[0];
	int n = in[1];
	out[0] = a >> 3;
	out[1] = ua >> 3;
	out[2] = a >> n;
	out[3] = ua >> n;
	out[4] = (unsigned int)a << n;
	out[5] = in[2] >> 62;
	out[6] = (__u64)in[2] >> 62;
	out[7] = in[0] >> n;
	out[8] = (__u64)in[0] << (n + 40);
	out[9] = (__u64)in[2] >> (n & 63);
	out[10] = 1ULL << (n * 11);
	out[11] = (unsigned char)(ua >> 24) >> 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
