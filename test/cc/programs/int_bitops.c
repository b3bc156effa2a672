// about: and, or, xor, not; a bit-counting loop and the highest set bit, 32 and 64 bits
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[2] = { 0xf0f0123456789abcULL, 0x0ff0ff00ff00ff0fULL };
__u64 out[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 a = in[0], b = in[1];
	out[0] = a & b;
	out[1] = a | b;
	out[2] = a ^ b;
	out[3] = ~a;
	out[4] = (__u32)a & ~(__u32)b;
	int pop = 0;
	for (int i = 0; i < 64; i++)
		pop += (a >> i) & 1;
	out[5] = pop;
	int hi = -1;
	for (int i = 0; i < 64; i++)
		if (b & (1ULL << i))
			hi = i;
	out[6] = hi;
	out[7] = (a & 0xff) | ((b & 0xff) << 8) | (a ^ b) >> 56;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
