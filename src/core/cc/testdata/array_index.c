#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 sums[2];

SEC("xdp")
int array_index(struct xdp_md *ctx)
{
	__u32 buf[8];
	__u32 n = ctx->data_end - ctx->data;
	for (int i = 0; i < 8; i++)
		buf[i] = n + i * i;
	__u64 s = 0;
	__u32 *p = buf;
	for (int i = 0; i < 8; i += 2)
		s += p[i] + *(p + i + 1);
	sums[0] = s;
	sums[1] = &buf[7] - &buf[2];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
