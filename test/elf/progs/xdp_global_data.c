// Global data: .rodata (const volatile, frozen), .data and .bss, and a string in .rodata.str.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 verdict = XDP_PASS;
const volatile char tag[8] = "bpfplay";
__u64 packets = 100;
__u64 bytes;
__u32 last_len;

SEC("xdp")
int account(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	packets++;
	bytes += len;
	last_len = len + tag[0];
	return verdict;
}

char LICENSE[] SEC("license") = "GPL";
