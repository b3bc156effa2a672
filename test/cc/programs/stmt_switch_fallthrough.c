// about: switch cases that fall through into the next, break in the middle, a switch inside a loop with continue
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in[8] = { 0, 1, 2, 3, 4, 5, 6, 7 };
__u32 acc[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (int i = 0; i < 8; i++) {
		__u32 v = 0;
		switch (in[i]) {
		case 0:
			v += 1;
		case 1:
			v += 10;
		case 2:
			v += 100;
			break;
		case 3:
			continue;
		case 4:
		case 5:
			v = in[i] * 1000;
			if (in[i] == 5)
				break;
			v++;
		default:
			v += 7;
		}
		acc[i] = v;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
