// about: bit idioms: rotates by constants and by variables (32 and 64 bits), a hand-written byte swap, overflow checks by wrap-around, power-of-two tests
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 w = 0x12345678;
__u64 q = 0x0123456789abcdefULL;
__u32 n = 13;
__u64 out[9];

static __always_inline __u32 rol32(__u32 x, __u32 r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static __always_inline __u64 ror64(__u64 x, __u32 r) { return (x >> (r & 63)) | (x << ((64 - r) & 63)); }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = rol32(w, 8);
	out[1] = rol32(w, n);
	out[2] = ror64(q, 4);
	out[3] = ror64(q, n * 3);
	out[4] = ((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >> 8) & 0xff00) | (w >> 24);
	__u32 big = 0xfffffff0;
	out[5] = big + n < big;          /* 1: wrapped */
	out[6] = w + n < w;
	out[7] = (n & (n - 1)) == 0;
	out[8] = ((n + 3) & ~3u) + (((__u64)n << 60) >> 60);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
