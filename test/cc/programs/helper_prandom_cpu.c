// about: bpf_get_prandom_u32 reduced to properties that hold for any value, and bpf_get_smp_processor_id (the test run's CPU 0)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 r = bpf_get_prandom_u32();
	out[0] = (r % 100) < 100;
	out[1] = (r & 0xff) <= 255;
	out[2] = bpf_get_smp_processor_id();
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
