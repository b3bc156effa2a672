// about: && and || short-circuit (the right side's effect happens only when needed), ! and _Bool conversions
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[2] = { 0, 42 };
__u64 out[8];
__u64 calls;

static __attribute__((noinline)) int bump(int v)
{
	calls++;
	return v;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int z = in[0], n = in[1];
	out[0] = z && bump(1);            /* bump not called */
	out[1] = n && bump(0);            /* called */
	out[2] = n || bump(1);            /* not called */
	out[3] = z || bump(7);            /* called: 1 */
	out[4] = !n;
	out[5] = !!n;
	_Bool b = n;
	out[6] = b + b;
	out[7] = calls;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
