// about: #pragma unroll 4 on a loop of 10 rounds (a remainder to handle), #pragma nounroll, a loop whose bound comes from .rodata
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 rounds = 7;
__u32 data[10] = { 5, 1, 4, 1, 5, 9, 2, 6, 5, 3 };
__u64 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 s = 0;
#pragma unroll 4
	for (int i = 0; i < 10; i++)
		s = s * 3 + data[i];
	out[0] = s;
	__u64 t = 1;
#pragma nounroll
	for (int i = 0; i < 10; i++)
		t += data[i] * i;
	out[1] = t;
	__u64 u = 0;
	for (__u32 i = 0; i < rounds && i < 10; i++)
		u += data[i] << i;
	out[2] = u;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
