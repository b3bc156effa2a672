// about: parse the first DNS question's name (length-prefixed labels) out of a UDP packet into a global buffer, dotted, with every read bounds-checked
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define DNS_OFF (14 + 20 + 8 + 12)

char qname[32];
__u32 labels, qlen;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data + DNS_OFF;
	void *end = (void *)(long)ctx->data_end;
	__u32 out = 0, left = 0;
	for (int i = 0; i < 30; i++) {
		if ((void *)(p + i + 1) > end)
			break;
		__u8 c = p[i];
		if (left == 0) {
			if (c == 0)
				break;
			left = c;
			labels++;
			if (out > 0 && out < 31)
				qname[out++] = '.';
			continue;
		}
		if (out < 31)
			qname[out++] = c;
		left--;
	}
	qlen = out;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
