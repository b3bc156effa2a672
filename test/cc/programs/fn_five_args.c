// about: bpf-to-bpf calls with one to five arguments of mixed widths and signs (r1..r5), results combined in the caller
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in[5] = { 3, -4, 5, 600, 7 };
long long out[5];

static __attribute__((noinline)) long long one(long long a) { return a * 2; }
static __attribute__((noinline)) int two(int a, unsigned char b) { return a - b; }
static __attribute__((noinline)) long long three(long long a, int b, short c) { return a * b + c; }
static __attribute__((noinline)) __u32 four(__u32 a, __u32 b, __u32 c, __u32 d) { return (a ^ b) + (c | d); }
static __attribute__((noinline)) long long five(long long a, long long b, int c, __u16 d, char e)
{
	return a + b * 10 + c * 100 + d * 1000 + e * 10000;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = one(in[1]);
	out[1] = two(in[1], in[3]);
	out[2] = three(in[0], in[1], in[3]);
	out[3] = four(in[0], in[1], in[2], in[3]);
	out[4] = five(in[0], in[1], in[2], in[3], in[4]);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
