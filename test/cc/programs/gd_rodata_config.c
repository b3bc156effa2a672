// about: const volatile configuration in .rodata (frozen, so the verifier knows it): a feature switch that removes dead code, a threshold, an array of ports
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

const volatile int enable_count = 1;
const volatile __u32 min_len = 60;
const volatile __u16 ports[3] = { 22, 80, 443 };
__u64 matched, counted;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 38) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	__u16 dport = bpf_ntohs(*(__u16 *)(p + 36));
	for (int i = 0; i < 3; i++)
		if (ports[i] == dport)
			matched++;
	if (enable_count && ctx->data_end - ctx->data >= min_len)
		counted++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
