// A bounded loop over the packet's first bytes, with a checksum into .bss.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 sum;

SEC("xdp")
int sum_bytes(struct xdp_md *ctx)
{
	unsigned char *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 s = 0;
	for (int i = 0; i < 32; i++) {
		if (p + i + 1 > end)
			break;
		s = s * 33 + p[i];
	}
	sum = s;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
