#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 total;
__u32 small;
__u64 prev[3];

SEC("xdp")
int atomics(struct xdp_md *ctx)
{
	__u64 n = ctx->data_end - ctx->data;
	__sync_fetch_and_add(&total, n);
	__sync_fetch_and_add(&small, 1);
	prev[0] = __sync_fetch_and_add(&total, 2);
	prev[1] = __sync_fetch_and_or(&total, 0x100);
	prev[2] = __sync_val_compare_and_swap(&total, 0, 9);
	__sync_fetch_and_and(&small, 0xff);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
