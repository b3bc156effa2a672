// CO-RE into sockets: a connecting socket's family, ports and addresses, and an sk_buff's length.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_endian.h>

struct conn {
	__u32 saddr, daddr;
	__u16 sport, dport, family, proto;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, struct conn);
	__uint(max_entries, 128);
} conns SEC(".maps");

__u64 skb_bytes;

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(connect, struct sock *sk)
{
	struct conn c = {};
	c.family = BPF_CORE_READ(sk, __sk_common.skc_family);
	c.saddr = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
	c.daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
	c.sport = BPF_CORE_READ(sk, __sk_common.skc_num);
	c.dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	c.proto = BPF_CORE_READ(sk, sk_protocol);
	__u32 pid = bpf_get_current_pid_tgid();
	bpf_map_update_elem(&conns, &pid, &c, BPF_ANY);
	return 0;
}

SEC("kprobe/ip_rcv")
int BPF_KPROBE(ip_in, struct sk_buff *skb)
{
	__sync_fetch_and_add(&skb_bytes, BPF_CORE_READ(skb, len) + BPF_CORE_READ(skb, dev, mtu) * 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
