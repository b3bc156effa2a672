// about: a local array and eight scalars live across noinline calls, so spills and the array share the 512-byte stack
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 out[3];

static __attribute__((noinline)) __u64 f(__u64 x) { return x * 2654435761ULL; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 len = ctx->data_end - ctx->data;
	__u64 arr[16];
	for (int i = 0; i < 16; i++)
		arr[i] = len + i;
	__u64 a = f(len), b = f(a), c = f(b), d = f(c);
	__u64 e = f(d), g = f(e), h = f(g), k = f(h);
	__u64 s = 0;
	for (int i = 0; i < 16; i++)
		s += arr[i] * (i + 1);
	out[0] = s;
	out[1] = a ^ b ^ c ^ d ^ e ^ g ^ h ^ k;
	out[2] = arr[15] + a + k;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
