// about: the empty inline-asm barriers libbpf code uses: barrier() as asm volatile("" ::: "memory") and barrier_var(x) from bpf_helpers.h, which keep loads and values in place
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define barrier() asm volatile("" ::: "memory")

__u32 counter = 3;
__u64 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 a = counter;
	barrier();
	__u32 b = counter;
	__u32 len = ctx->data_end - ctx->data;
	barrier_var(len);
	out[0] = a + b;
	out[1] = len & 0xff;
	for (int i = 0; i < 20; i++) {
		counter++;
		barrier();
		if (counter > 10)
			break;
	}
	out[2] = counter;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
