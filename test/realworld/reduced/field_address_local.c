// a local pointer to a context or socket field (`__u32 *word = (__u32 *)&sk->dst_port; word[0]`), which clang folds into the load's offset; bpfplay computed `r1 += 48` first, and the kernel refuses arithmetic on those pointers ("R1 pointer arithmetic on sock_common prohibited", "dereference of modified ctx ptr") — from selftests progs/test_sock_fields.c (sk_dst_port__load_word)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

static __noinline int dst_port_is(struct bpf_sock *sk)
{
	__u32 *word = (__u32 *)&sk->dst_port;
	return word[0] == bpf_htons(0xcafe);
}

SEC("cgroup_skb/egress")
int field_address_local(struct __sk_buff *skb)
{
	__u32 *mark = &skb->mark;
	struct bpf_sock *sk = skb->sk;

	if (*mark == 7)
		return 0;
	if (!sk)
		return 1;
	return dst_port_is(sk) ? 0 : 1;
}

char LICENSE[] SEC("license") = "GPL";
