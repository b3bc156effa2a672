// __builtin_bswap16 of a constant as a case label (bpf_endian.h's __bpf_htons(ETH_P_IP)) — from selftests progs/test_tc_dtime.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tc")
int bswap_case_label(struct __sk_buff *skb)
{
	switch (skb->protocol) {
	case __builtin_bswap16(0x0800):
		return 1;
	case __builtin_bswap16(0x86DD):
		return 2;
	default:
		return 0;
	}
}

char LICENSE[] SEC("license") = "GPL";
