// about: GNU case ranges (case 'a' ... 'z':) classifying payload characters, with single cases beside them
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 counts[5];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data + 54;
	if ((void *)(p + 16) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	for (int i = 0; i < 16; i++) {
		switch (p[i]) {
		case 'a' ... 'z': counts[0]++; break;
		case 'A' ... 'Z': counts[1]++; break;
		case '0' ... '9': counts[2]++; break;
		case ' ': case '/': case '.': counts[3]++; break;
		default: counts[4]++;
		}
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
