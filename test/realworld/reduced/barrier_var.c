// empty asm statements as compiler barriers: barrier_var(x) = asm volatile("" : "+r"(x)), barrier() = asm volatile("" ::: "memory"), selftests' __sink(x) = asm volatile("" : : "r"(x)), asm volatile("") — from libbpf's usdt.bpf.h (libbpf-bootstrap usdt.bpf.c), xdp-tutorial experiment01-tailgrow/xdp_prog_kern3.c, selftests progs/test_global_func1.c, test_spin_lock.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int barriers(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 off = ctx->data_end - ctx->data;

	asm volatile("" : "+r"(off));
	off = off - 1;
	off &= 0x3f;
	asm volatile("" ::: "memory");
	asm volatile("" : : "r"(off));
	asm volatile("");
	if (data + off + 1 > data_end)
		return XDP_PASS;
	return *((__u8 *)data + off) == 0xff ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
