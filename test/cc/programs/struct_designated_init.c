// about: designated initializers, nested and out of order; = {} zeroes every member and the padding
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct cfg { int a; char name[6]; struct { short x, y; } pos; long long big; int arr[3]; };
__u64 seed = 3;
__u8 out[sizeof(struct cfg) * 2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct cfg c = { .pos = { .y = 7 }, .arr = { [2] = 9 }, .a = (int)seed, .name = "abc" };
	struct cfg z = {};
	z.big = seed << 33;
	__builtin_memcpy(out, &c, sizeof(c));
	__builtin_memcpy(out + sizeof(c), &z, sizeof(z));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
