// about: kprobe on tcp_retransmit_skb counting retransmissions per destination address and port, read with BPF_CORE_READ from struct sock (the classic)
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct dest { __u32 daddr; __u16 dport; __u16 pad; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, struct dest);
	__type(value, __u64);
	__uint(max_entries, 4096);
} retransmits SEC(".maps");

SEC("kprobe/tcp_retransmit_skb")
int BPF_KPROBE(prog, struct sock *sk, struct sk_buff *skb)
{
	struct dest d = {};
	d.daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
	d.dport = BPF_CORE_READ(sk, __sk_common.skc_dport);
	__u64 one = 1, *n = bpf_map_lookup_elem(&retransmits, &d);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&retransmits, &d, &one, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
