// about: __builtin_memcmp of small constant sizes between stack buffers and against a string, its sign and zero
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char a[8] = "abcdefg", b[8] = "abcdxfg";
long long out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	char x[8], y[8];
	__builtin_memcpy(x, a, 8);
	__builtin_memcpy(y, b, 8);
	out[0] = __builtin_memcmp(x, y, 4) == 0;
	out[1] = __builtin_memcmp(x, y, 8) < 0;
	out[2] = __builtin_memcmp(y, x, 8) > 0;
	out[3] = __builtin_memcmp(x, "abcdefg", 8) == 0;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
