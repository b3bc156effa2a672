// Tracing and observability: tracepoints and kprobes on synthetic kernel events, in the manner of
// the eBPF observability tools (tcpretrans, tcpconnect, tcptop, dropwatch). The events are the
// context bytes a run takes: the probed function's registers (struct pt_regs) or the tracepoint's
// record, laid out as /sys/kernel/tracing/events/*/format says.

import { C_TEXT } from "../c_catalog.ts";
import type { GalleryExample } from "./types.ts";

const execve = `// Log every execve() through a ring buffer: the pid, the command name
// and the file name it executes, as execsnoop does.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct exec_event {
	__u32 pid;
	char comm[16];
	char filename[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} execs SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int log_execve(struct trace_event_raw_sys_enter *ctx)
{
	struct exec_event *e = bpf_ringbuf_reserve(&execs, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	/* args[0] is the user-space pointer to the file name */
	bpf_probe_read_user_str(e->filename, sizeof(e->filename), (const char *)ctx->args[0]);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const kprobeArgs = `// Read a kernel function's arguments in a kprobe: vfs_read(file, buf,
// count, pos). BPF_KPROBE names them; underneath, PT_REGS_PARM3(ctx)
// reads the third argument's register (rdx on x86-64) from struct pt_regs.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/vfs_read")
int BPF_KPROBE(big_reads, struct file *file, char *buf, size_t count)
{
	if (count < 1024)
		return 0;
	bpf_printk("pid %d reads %lu bytes", bpf_get_current_pid_tgid() >> 32, count);
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
`;

const retransmits = `// Count TCP retransmissions per destination address, as tcpretrans
// does: a kprobe on tcp_retransmit_skb(sk, skb, segs) reads the
// destination from the socket with BPF_CORE_READ.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);    /* IPv4 destination, network order */
	__type(value, __u64);
	__uint(max_entries, 10240);
} retrans SEC(".maps");

SEC("kprobe/tcp_retransmit_skb")
int BPF_KPROBE(count_retransmit, struct sock *sk)
{
	__u32 daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
	__u64 *n = bpf_map_lookup_elem(&retrans, &daddr);

	if (n) {
		__sync_fetch_and_add(n, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&retrans, &daddr, &one, BPF_NOEXIST);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const kfreeSkb = `// Count dropped packets per drop reason, as dropwatch does: the
// skb/kfree_skb tracepoint fires for every packet the kernel frees
// as dropped. The record's layout is the tracepoint's format file.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

/* /sys/kernel/tracing/events/skb/kfree_skb/format */
struct kfree_skb_args {
	__u64 common;          /* type, flags, preempt count, pid */
	void *skbaddr;
	void *location;
	void *rx_sk;
	unsigned short protocol;
	unsigned int reason;   /* enum skb_drop_reason */
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 256);
} drops SEC(".maps");

SEC("tracepoint/skb/kfree_skb")
int count_drops(struct kfree_skb_args *ctx)
{
	__u32 reason = ctx->reason;
	__u64 *n = bpf_map_lookup_elem(&drops, &reason);

	if (n) {
		__sync_fetch_and_add(n, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&drops, &reason, &one, BPF_NOEXIST);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const tcptop = `// Bytes sent per process, as tcptop counts them: a kprobe on
// tcp_sendmsg(sk, msg, size) adds size to the calling process's total.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);    /* pid */
	__type(value, __u64);  /* bytes */
	__uint(max_entries, 10240);
} sent SEC(".maps");

SEC("kprobe/tcp_sendmsg")
int BPF_KPROBE(count_sent, struct sock *sk, void *msg, size_t size)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 *bytes = bpf_map_lookup_elem(&sent, &pid);

	if (bytes) {
		__sync_fetch_and_add(bytes, size);
	} else {
		__u64 first = size;
		bpf_map_update_elem(&sent, &pid, &first, BPF_NOEXIST);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const cgroupFlows = `// Per-container traffic: a cgroup_skb egress program counts the
// packets and bytes each cgroup (a container, a systemd unit) sends,
// keyed by the cgroup's id. It lets every packet go (returns 1).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow_stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u64);    /* cgroup id */
	__type(value, struct flow_stats);
	__uint(max_entries, 1024);
} per_cgroup SEC(".maps");

SEC("cgroup_skb/egress")
int count_cgroup(struct __sk_buff *skb)
{
	__u64 id = bpf_skb_cgroup_id(skb);
	struct flow_stats *s = bpf_map_lookup_elem(&per_cgroup, &id);

	if (s) {
		__sync_fetch_and_add(&s->packets, 1);
		__sync_fetch_and_add(&s->bytes, skb->len);
	} else {
		struct flow_stats first = { .packets = 1, .bytes = skb->len };
		bpf_map_update_elem(&per_cgroup, &id, &first, BPF_NOEXIST);
	}
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
`;

/** The socket of the TCP examples: a connection from a local port to 10.0.0.2:443. */
const SOCK = { saddr: "10.0.0.1", daddr: "10.0.0.2", sport: 40000, dport: 443 };

export const TRACING_EXAMPLES: readonly GalleryExample[] = [
  {
    id: "c-tracepoint", title: "tracepoint, openat calls per pid", group: "tracing", progType: "tracepoint", language: "c", text: C_TEXT.tracepoint,
    shows: "Counting system calls per process: a tracepoint program, the current pid from bpf_get_current_pid_tgid, and a hash map.",
    tryThis: "Run three times: the count for pid 1234 goes to 3. Change the pid in the Events tab's event and run again.",
    events: {
      kernel: { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { dfd: "AT_FDCWD", filename: "/etc/hosts", flags: 0, mode: 0 }, process: { pid: 1234, comm: "cat" } },
      about: "cat (pid 1234) opens /etc/hosts",
    },
    outcome: { verdict: "accepted", r0: 0, map: { name: "opens", keyHex: "d2040000", keyAbout: "pid 1234", value: 1 } },
  },
  {
    id: "c-execve-ringbuf", title: "Log execve through a ring buffer", group: "tracing", progType: "tracepoint", language: "c", text: execve,
    shows: "Events to user space, execsnoop-style: a record per execve() with the pid, bpf_get_current_comm and a string read from user memory.",
    tryThis: "Run it and open the record in the Maps tab: pid and comm are filled in.",
    events: {
      kernel: { kind: "tracepoint", name: "syscalls/sys_enter_execve", fields: { filename: "/usr/bin/curl", argv: ["curl", "example.com"], envp: [] }, process: { pid: 2001, comm: "bash" } },
      about: "bash (pid 2001) runs /usr/bin/curl",
    },
    outcome: { verdict: "accepted", r0: 0, records: { name: "execs", count: 1 } },
  },
  {
    id: "c-kprobe-args", title: "kprobe: read a function's arguments", group: "tracing", progType: "kprobe", language: "c", text: kprobeArgs,
    shows: "How a kprobe sees arguments: the registers of struct pt_regs, named by BPF_KPROBE (PT_REGS_PARM1..5 underneath).",
    tryThis: "Set count to 100 in the Events tab's event: the read is too small to report.",
    events: { kernel: { kind: "kprobe", name: "vfs_read", fields: { count: 4096 }, process: { pid: 1234, comm: "cat" } }, about: "cat (pid 1234) calls vfs_read(file, buf, 4096, pos)" },
    outcome: { verdict: "accepted", r0: 1, printk: "pid 1234 reads 4096 bytes" },
  },
  {
    id: "c-kprobe", title: "kprobe with BPF_KPROBE and bpf_printk", group: "tracing", progType: "kprobe", language: "c", text: C_TEXT.kprobe,
    shows: "Tracing TCP connects, tcpconnect-style: a kprobe on tcp_v4_connect reads the socket's destination with BPF_CORE_READ.",
    tryThis: "Step over BPF_CORE_READ and watch the probe read in the Terminal.",
    events: { kernel: { kind: "kprobe", name: "tcp_v4_connect", fields: { sk: SOCK }, process: { pid: 77, comm: "curl" } }, about: "curl (pid 77) connects to 10.0.0.2:443" },
    outcome: { verdict: "accepted", r0: 0, printk: "pid 77 connects to 200000a" },
  },
  {
    id: "c-retransmits", title: "Count TCP retransmits per destination", group: "tracing", progType: "kprobe", language: "c", text: retransmits,
    shows: "tcpretrans as a counter: a kprobe on tcp_retransmit_skb keyed by the destination address it reads from the socket.",
    tryThis: "Run a few times and watch the count in the Maps tab.",
    events: { kernel: { kind: "kprobe", name: "tcp_retransmit_skb", fields: { sk: SOCK, segs: 1 } }, about: "a segment to 10.0.0.2:443 sent again" },
    outcome: { verdict: "accepted", r0: 0, map: { name: "retrans", keyHex: "0a000002", keyAbout: "10.0.0.2", value: 1 } },
  },
  {
    id: "c-kfree-skb", title: "Count drops (skb/kfree_skb)", group: "tracing", progType: "tracepoint", language: "c", text: kfreeSkb,
    shows: "dropwatch as a counter: the skb/kfree_skb tracepoint's record, declared by hand from its format file, and a count per drop reason.",
    tryThis: "Change the reason in the Events tab's event (2 = NOT_SPECIFIED, 5 = SOCKET_FILTER) and run again.",
    events: { kernel: { kind: "tracepoint", name: "skb/kfree_skb", fields: { protocol: 0x0800, reason: 3 } }, about: "an IPv4 packet freed for NO_SOCKET (reason 3)" },
    outcome: { verdict: "accepted", r0: 0, map: { name: "drops", keyHex: "03000000", keyAbout: "3 = NO_SOCKET", value: 1 } },
  },
  {
    id: "c-tcptop", title: "Bytes sent per process (tcptop)", group: "tracing", progType: "kprobe", language: "c", text: tcptop,
    shows: "tcptop's counting: the size argument of tcp_sendmsg added to the calling process's total.",
    tryThis: "Run twice: 2896 bytes for pid 3003.",
    events: { kernel: { kind: "kprobe", name: "tcp_sendmsg", fields: { sk: SOCK, size: 1448 }, process: { pid: 3003, comm: "nginx" } }, about: "nginx (pid 3003) sends 1448 bytes" },
    outcome: { verdict: "accepted", r0: 0, map: { name: "sent", keyHex: "bb0b0000", keyAbout: "pid 3003", value: 1448 } },
  },
  {
    id: "c-cgroup-flows", title: "Per-cgroup flow counters", group: "tracing", progType: "cgroup_skb", language: "c", text: cgroupFlows,
    shows: "Per-container accounting: bpf_skb_cgroup_id gives the sending cgroup, and a struct value holds its packets and bytes.",
    tryThis: "Run a few times; the value's second half (bytes) grows by the packet's length.",
    events: { about: "the default frame, sent from cgroup 7982" },
    outcome: { verdict: "accepted", r0: 1, r0Name: "allow", map: { name: "per_cgroup", keyHex: "2e1f000000000000", keyAbout: "cgroup 7982", value: 1 } },
  },
];
