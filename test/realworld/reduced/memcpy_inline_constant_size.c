// __builtin_memcpy whose size is an __always_inline function's parameter, constant at every call — from xdp-tutorial experiment01-tailgrow/xdp_data_access_helpers.h
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __always_inline void copy_n(void *to, const void *from, __u32 len)
{
	__builtin_memcpy(to, from, len);
}

SEC("xdp")
int memcpy_inline_constant_size(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 mac[6];

	if (data + 6 > data_end)
		return XDP_PASS;
	copy_n(mac, data, 6);
	return mac[0] == 0xff ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
