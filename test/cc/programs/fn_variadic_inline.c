// about: a variadic static __always_inline function whose variable arguments are never read: clang inlines it away, so no variadic call remains
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in[3] = { 1, 2, 3 };
__u64 out;

static __always_inline int sum3(int a, int b, int c, ...) { return a + b + c; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out = sum3(in[0], in[1], in[2], 0, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
