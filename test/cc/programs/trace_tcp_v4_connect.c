// about: kprobe on tcp_v4_connect tracing connects: pid, command name and the destination sent to a ring buffer (the classic)
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct event { __u32 pid; __u32 daddr; __u16 dport; char comm[16]; };

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(prog, struct sock *sk, struct sockaddr *uaddr, int addr_len)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	struct sockaddr_in *sin = (struct sockaddr_in *)uaddr;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_probe_read_kernel(&e->daddr, sizeof(e->daddr), &sin->sin_addr.s_addr);
	bpf_probe_read_kernel(&e->dport, sizeof(e->dport), &sin->sin_port);
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
