// about: do-while runs its body at least once; digits of a number, a loop whose condition is false at once
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in = 9053721;
__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 n = in, digits = 0, sum = 0;
	do {
		sum += n % 10;
		n /= 10;
		digits++;
	} while (n && digits < 12);
	__u32 once = 0;
	do {
		once++;
	} while (once > 100);
	out[0] = digits;
	out[1] = sum;
	out[2] = once;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
