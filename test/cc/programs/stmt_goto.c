// about: goto forward to a shared exit label and out of nested loops, the kernel's error-path style
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in[4][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 42, 12 }, { 13, 14, 15, 16 } };
__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int ret = XDP_DROP;
	__u32 steps = 0;
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 14 > end)
		goto out;
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++) {
			steps++;
			if (in[i][j] == 42) {
				out[0] = i;
				out[1] = j;
				goto found;
			}
		}
	goto out;
found:
	ret = XDP_PASS;
out:
	out[2] = steps;
	return ret;
}

char LICENSE[] SEC("license") = "GPL";
