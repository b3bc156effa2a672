// about: a while loop bounded by a counter and by data (Collatz steps, capped), break out of it
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 start = 27;
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 n = start;
	__u32 steps = 0;
	while (n != 1 && steps < 200) {
		if (n & 1)
			n = 3 * n + 1;
		else
			n /= 2;
		steps++;
	}
	out[0] = steps;
	__u32 k = 0;
	while (1) {
		k += 3;
		if (k > 50)
			break;
	}
	out[1] = k;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
