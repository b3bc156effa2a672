// The packet's length as a 32-bit difference of two packet pointers indexes an array: the kernel
// makes a subtraction of pointers an unknown 64-bit number, even in 32 bits (not zero-extended),
// so the index is unbounded and the access refused.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u8 seen[8];

SEC("xdp")
int pkt_len32(struct xdp_md *ctx)
{
	volatile __u64 v;
	__u32 len = ctx->data_end - ctx->data;
	v = len;
	seen[v >> 29] = 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
