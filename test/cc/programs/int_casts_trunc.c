// about: casts that truncate and that sign- or zero-extend, between every integer width
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[2] = { 0x80ff8081fe7f80f1ULL, 0x7fULL };
long long out[12];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 v = in[0];
	out[0] = (__u8)v;
	out[1] = (__s8)v;
	out[2] = (__u16)v;
	out[3] = (__s16)v;
	out[4] = (__u32)v;
	out[5] = (__s32)v;
	out[6] = (__s8)(v >> 8);
	out[7] = (__s16)(v >> 16);
	out[8] = (__s32)(v >> 32);
	out[9] = (__s8)in[1];
	int i = (__s16)(v >> 8);
	out[10] = (unsigned int)i;
	out[11] = (long long)(int)(unsigned int)v;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
