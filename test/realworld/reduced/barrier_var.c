// empty asm statements as compiler barriers: barrier_var(x) = asm volatile("" : "+r"(x)), barrier() = asm volatile("" ::: "memory"), selftests' __sink(x) = asm volatile("" : : "r"(x)), asm volatile("") — from libbpf's usdt.bpf.h (libbpf-bootstrap usdt.bpf.c), xdp-tutorial experiment01-tailgrow/xdp_prog_kern3.c, selftests progs/test_global_func1.c, test_spin_lock.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int barriers(struct xdp_md *ctx)
{
	__u32 n = ctx->rx_queue_index;
	__u32 sum = 0;

	asm volatile("" : "+r"(n));
	asm volatile("" ::: "memory");
	sum = n + 1;
	asm volatile("" : : "r"(sum));
	asm volatile("");
	return sum > 1000 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
