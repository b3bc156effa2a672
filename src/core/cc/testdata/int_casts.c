#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long out[8];

SEC("xdp")
int casts(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	unsigned char *p = data;
	if ((void *)(p + 8) > end)
		return XDP_DROP;
	signed char sc = (signed char)(p[0] | 0x80);
	short s = (short)(p[1] << 8 | 0xff);
	unsigned short us = (unsigned short)s;
	int i = sc;
	unsigned u = (unsigned)sc;
	out[0] = sc;
	out[1] = s;
	out[2] = us;
	out[3] = i;
	out[4] = u;
	out[5] = (long)u << 1;
	out[6] = (unsigned char)(i + 300);
	out[7] = (_Bool)(p[2] & 0x10) + (_Bool)(long)data;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
