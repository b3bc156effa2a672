#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int flags;

SEC("xdp")
int compare(struct xdp_md *ctx)
{
	int n = ctx->data_end - ctx->data;
	int neg = -n;
	unsigned un = (unsigned)neg;
	long ln = neg;
	unsigned long uln = (unsigned long)ln;
	int f = 0;
	if (neg < 0) f |= 1;
	if (un > 100) f |= 2;
	if (ln < -10) f |= 4;
	if (uln > 0xffffffffUL) f |= 8;
	if (n >= 64) f |= 16;
	if (n != 64) f |= 32;
	if (neg <= -64 && un >= 0xffffffc0u) f |= 64;
	flags = f;
	return f;
}

char LICENSE[] SEC("license") = "GPL";
