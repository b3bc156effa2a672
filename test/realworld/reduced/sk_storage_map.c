// a BPF_MAP_TYPE_SK_STORAGE map (type 24) with bpf_sk_storage_get on a cgroup_skb socket — from selftests progs/test_sock_fields.c, test_skmsg_load_helpers.c, test_tcp_hdr_options.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_SK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);
} pkt_count SEC(".maps");

SEC("cgroup_skb/egress")
int sk_storage_map(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	__u64 *n;

	if (!sk)
		return 1;
	sk = bpf_sk_fullsock(sk);
	if (!sk)
		return 1;
	n = bpf_sk_storage_get(&pkt_count, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
	if (n)
		*n += 1;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
