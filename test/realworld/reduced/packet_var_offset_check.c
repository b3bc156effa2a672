// a packet pointer at a variable (masked) offset checked as data + off + 1 > data_end, then read at data + off: bpfplay computes data + off twice, so the checked pointer and the read one are different to the kernel ("R3 offset is outside of the packet"); clang computes it once — from xdp-tutorial experiment01-tailgrow/xdp_prog_kern3.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int packet_var_offset_check(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 off = ctx->data_end - ctx->data;

	off = (off - 1) & 0x3f;
	if (data + off + 1 > data_end)
		return XDP_PASS;
	return *((__u8 *)data + off) == 0xff ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
