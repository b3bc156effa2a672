#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u64 out[3];

SEC("xdp")
int endian(struct xdp_md *ctx)
{
	__u32 n = ctx->data_end - ctx->data;
	out[0] = bpf_htons(n);
	out[1] = bpf_htonl(n | 0x12340000);
	out[2] = __builtin_bswap64((__u64)n << 32 | 0xabcdef);
	return bpf_ntohs(0x0800) == 8 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
