#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 result;

static __noinline __u64 mix5(__u64 a, __u64 b, __u32 c, __u16 d, __u8 e)
{
	return a * 3 + b - c + (d << 2) + e;
}

static __noinline int twice(int x)
{
	return x * 2;
}

SEC("xdp")
int bpf2bpf(struct xdp_md *ctx)
{
	__u32 n = ctx->data_end - ctx->data;
	__u64 r = mix5(n, n + 1, n + 2, n + 3, n + 4);
	result = r + twice(n);
	return twice(1) + 1;
}

char LICENSE[] SEC("license") = "GPL";
