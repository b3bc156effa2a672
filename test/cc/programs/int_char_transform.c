// about: character arithmetic: ASCII upper-casing of the payload in place, digit parsing to a number, hex digit values
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char num[8] = "90210";
char hex[4] = "fF3";
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data + 54;
	if ((void *)(p + 16) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	for (int i = 0; i < 16; i++)
		if (p[i] >= 'a' && p[i] <= 'z')
			p[i] -= 'a' - 'A';
	__u64 v = 0;
	for (int i = 0; i < 8 && num[i]; i++)
		v = v * 10 + (num[i] - '0');
	out[0] = v;
	__u32 h = 0;
	for (int i = 0; i < 3; i++) {
		char c = hex[i];
		h = h * 16 + (c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0');
	}
	out[1] = h;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
