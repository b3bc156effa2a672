// about: bpf_xdp_adjust_head: pop the 802.1Q tag by moving the MAC addresses 4 bytes on and advancing the head; pointers reloaded after the call
// packet: vlan-ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

long long rc;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u8 *p = data;
	if ((void *)(p + 18) > end)
		return XDP_ABORTED;
	if (*(__u16 *)(p + 12) != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	__u8 macs[12];
	__builtin_memcpy(macs, p, 12);
	rc = bpf_xdp_adjust_head(ctx, 4);
	if (rc)
		return XDP_ABORTED;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	if (data + 12 > end)
		return XDP_ABORTED;
	__builtin_memcpy(data, macs, 12);
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
