#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int loop_while(struct xdp_md *ctx)
{
	__u64 x = ctx->data_end - ctx->data;
	int steps = 0;
	while (x != 1 && steps < 100) {
		x = (x & 1) ? x - 1 : x / 2;
		steps++;
	}
	int k = 0;
	do {
		k += 3;
	} while (k < steps);
	return steps + k;
}

char LICENSE[] SEC("license") = "GPL";
