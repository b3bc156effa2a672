// about: volatile accesses stay: repeated reads and writes of a volatile global and through a volatile pointer are all performed, in order
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

volatile __u32 reg = 5;
__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 a = reg;
	__u32 b = reg;
	reg = a + b;
	reg = reg * 3;
	volatile __u32 local = 1;
	local += 1;
	local += 1;
	volatile __u32 *p = &reg;
	*p = *p + local;
	out[0] = a;
	out[1] = reg;
	out[2] = local;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
