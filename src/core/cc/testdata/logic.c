#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int vals[4];

static __always_inline int pick(int a, int b, int c)
{
	return a > b ? (b > c ? b : c) : a;
}

SEC("xdp")
int logic(struct xdp_md *ctx)
{
	int n = ctx->data_end - ctx->data;
	int a = n & 7, b = n >> 3, c = (unsigned)n % 5;
	vals[0] = (a && b) || !c;
	vals[1] = !(a || b) && c;
	vals[2] = pick(a, b, c);
	vals[3] = n > 10 ? n < 100 : -1;
	if (a == 0 && (b == 8 || c == 4))
		return XDP_PASS;
	return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
