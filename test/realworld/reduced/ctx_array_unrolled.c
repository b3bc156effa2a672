// __sk_buff cb[i] read and written in a loop under #pragma unroll (clang unrolls it: constant ctx offsets); bpfplay's code adds i*4 to the ctx pointer, which the kernel refuses — from selftests progs/test_skb_ctx.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int ctx_array_unrolled(struct __sk_buff *skb)
{
#pragma unroll
	for (int i = 0; i < 5; i++) {
		if (skb->cb[i] != i + 1)
			return 1;
		skb->cb[i]++;
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
