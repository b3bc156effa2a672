// about: functions returning u8, s16, u32, s64 and _Bool: the caller sees the value converted to the declared type
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long long in = 0x1234567890;
long long out[5];

static __attribute__((noinline)) __u8 r8(long long v) { return v + 1; }
static __attribute__((noinline)) short r16(long long v) { return -(v >> 4); }
static __attribute__((noinline)) __u32 r32(long long v) { return v * 3; }
static __attribute__((noinline)) long long r64(int v) { return v * 1000LL; }
static __attribute__((noinline)) _Bool rb(long long v) { return v & 0x10; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = r8(in);
	out[1] = r16(in);
	out[2] = r32(in);
	out[3] = r64(in);
	out[4] = rb(in) + rb(in + 0x10);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
