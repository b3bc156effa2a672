// about: bpf_ktime_get_ns and bpf_ktime_get_boot_ns: only what is the same everywhere is kept (time moves forward, not by days)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 t1 = bpf_ktime_get_ns();
	__u64 t2 = bpf_ktime_get_ns();
	__u64 b = bpf_ktime_get_boot_ns();
	out[0] = t2 >= t1;
	out[1] = t2 - t1 < 86400000000000ULL;
	out[2] = b > 0;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
