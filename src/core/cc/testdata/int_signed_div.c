// cpu: 4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int res[6];
long lres[2];

SEC("xdp")
int sdiv(struct xdp_md *ctx)
{
	int n = (int)(ctx->data_end - ctx->data); /* 64 for the test packet */
	int m = -n - 3;
	res[0] = m / 5;
	res[1] = m % 5;
	res[2] = m >> 2;
	res[3] = n / -3;
	res[4] = (unsigned)m / 5;
	res[5] = m / n;
	long l = (long)m * 1000000007L;
	lres[0] = l / 9;
	lres[1] = l % 9;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
