// about: variables assigned on some paths only and merged later (values meeting at join points), including through a switch and a loop exit
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in[4] = { 3, 0, 17, 250 };
__u64 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 a = 1, b, c = 0;
	if (in[0] > 2) {
		a = in[0] * 5;
		b = 10;
	} else {
		b = 20;
	}
	switch (in[2] & 3) {
	case 0: c = a; break;
	case 1: c = b; a = 0; break;
	default: c = a + b;
	}
	__u64 last = 0;
	__u32 i;
	for (i = 0; i < 4; i++) {
		if (in[i] > 100) {
			last = in[i];
			break;
		}
		last += in[i];
	}
	out[0] = a;
	out[1] = b;
	out[2] = c;
	out[3] = last * 100 + i;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
