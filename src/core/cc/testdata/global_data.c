#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 limit = 100;
static const char tag[4] = "abc";
__u64 counter = 5;
__u32 hits;
int arr[3];

SEC("xdp")
int global_data(struct xdp_md *ctx)
{
	__u32 n = ctx->data_end - ctx->data;
	counter += n;
	hits++;
	arr[n & 1] = tag[1];
	return n > limit ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
