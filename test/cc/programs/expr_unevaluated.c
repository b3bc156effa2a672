// about: operands that are not evaluated: sizeof(x++) and sizeof of a call leave x and the callee alone; the unused side of ?: and of && is skipped
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 calls;
__u32 x = 3;
__u64 out[4];

static __attribute__((noinline)) int touched(void) { calls++; return 1; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 y = x;
	out[0] = sizeof(y++) + sizeof(touched());
	out[1] = y;
	out[2] = y > 100 ? touched() : 7;
	out[3] = (y > 100 && touched()) + calls;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
