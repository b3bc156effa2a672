// a cgroup_skb program reading __sk_buff's socket fields (family, remote_ip4, local_port), which the kernel allows there; bpfplay's verifier refuses ("invalid bpf_context access off=88 size=4") — from selftests progs/test_global_func9.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup_skb/ingress")
int cgroup_skb_sock_fields(struct __sk_buff *skb)
{
	if (skb->family == 2 && skb->remote_ip4 == 0x0100007f && skb->local_port == 22)
		return 0;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
