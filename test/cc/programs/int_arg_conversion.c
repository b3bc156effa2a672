// about: arguments converted to the parameter types at a call: int to long (sign extension), negative int to unsigned, u64 to u8 and s16, and returned values converted back
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int in[2] = { -7, 300 };
long long out[6];

static __attribute__((noinline)) long long widen(long long v) { return v; }
static __attribute__((noinline)) __u64 unsign(__u32 v) { return v; }
static __attribute__((noinline)) long long narrow(__u8 b, short s) { return b * 100000LL + s; }
static __attribute__((noinline)) int back(long long v) { return v; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = widen(in[0]);
	out[1] = unsign(in[0]);
	out[2] = narrow(in[1], in[1] * -300);
	out[3] = back(0x123456789LL + in[1]);
	out[4] = widen((unsigned int)in[0]);
	out[5] = narrow(in[0], in[0]);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
