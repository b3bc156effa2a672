// a cgroup/sock program reading struct bpf_sock's family/type/protocol and calling bpf_get_current_uid_gid — from kernel samples/bpf/sock_flags.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sock")
int sock_fields(struct bpf_sock *sk)
{
	__u64 uid_gid = bpf_get_current_uid_gid();

	if ((__u32)uid_gid == 0)
		return 1;
	if (sk->family == 10 && sk->type == 2 && sk->protocol == 58)
		return 0;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
