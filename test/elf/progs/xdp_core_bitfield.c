// Bitfields through CO-RE: iphdr's ihl and version read with BPF_CORE_READ_BITFIELD (byte
// offset, load size and the two shifts are each a relocation).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

__u32 ihl, version, tos_signed;

SEC("xdp")
int bitfields(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + 14;
	if ((void *)(ip + 1) > end)
		return XDP_PASS;
	ihl = BPF_CORE_READ_BITFIELD(ip, ihl);
	version = BPF_CORE_READ_BITFIELD(ip, version);
	tos_signed = __builtin_preserve_field_info(ip->tos, BPF_FIELD_SIGNED) * 10 + bpf_core_field_size(ip->ttl);
	return ihl == 5 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
