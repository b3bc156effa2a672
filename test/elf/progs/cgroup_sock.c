// cgroup/sock: sets the mark and priority of every new socket of the cgroup.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sock")
int new_sock(struct bpf_sock *sk)
{
	sk->mark = 42;
	sk->priority = 1;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
