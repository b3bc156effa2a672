// about: function-local static variables (zero and initialised) live in .bss and .data and keep their values across runs
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 out[2];

static __attribute__((noinline)) __u32 next_id(void)
{
	static __u32 id = 1000;
	return id++;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	static __u64 calls;
	calls++;
	out[0] = next_id() + next_id();
	out[1] = calls;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
