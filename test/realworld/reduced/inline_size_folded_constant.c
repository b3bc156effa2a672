// a small static function called twice whose body has `bpf_htonl(1)` (a __builtin_constant_p ternary around a written-out byte swap, which folds to a constant): clang inlines it, bpfplay weighed the unfolded macro, called it as a subprogram with `sk->src_ip6` as its argument, and the kernel refuses the pointer arithmetic that makes ("R1 pointer arithmetic on sock_common prohibited") — from selftests progs/test_sock_fields.c (is_loopback6)
#include <stdbool.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

static bool is_loopback6(__u32 *a6)
{
	return !a6[0] && !a6[1] && !a6[2] && a6[3] == bpf_htonl(1);
}

SEC("cgroup_skb/ingress")
int inline_size_folded_constant(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;

	if (!sk)
		return 1;
	if (sk->family != 10 || !is_loopback6(sk->src_ip6))
		return 1;
	sk = bpf_sk_fullsock(sk);
	if (!sk)
		return 1;
	return is_loopback6(sk->dst_ip6) ? 0 : 1;
}

char LICENSE[] SEC("license") = "GPL";
