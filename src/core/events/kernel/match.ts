// Which event a tracing program meets: from its section name (libbpf's conventions:
// `tracepoint/<category>/<name>`, `tp/...`, `raw_tracepoint/<name>`, `raw_tp/...`,
// `kprobe/<function>`, `kretprobe/<function>`), a starting event with plausible fields; and
// whether an event fits a program at all.

import { kernelFunction } from "./kprobe.ts";
import { rawTracepoint } from "./raw_tracepoint.ts";
import { tracepointFormat } from "./tracepoint.ts";
import type { FieldValue, KernelEvent, KernelEventKind } from "./types.ts";

const SOCK = { saddr: "10.0.0.2", daddr: "93.184.216.34", sport: 41000, dport: 443 };

/** Fields that make a first event worth running, by tracepoint or function name. */
const STARTERS: Readonly<Record<string, { readonly [k: string]: FieldValue }>> = {
  "syscalls/sys_enter_openat": { dfd: "AT_FDCWD", filename: "/etc/passwd", flags: 0, mode: 0 },
  "syscalls/sys_enter_openat2": { dfd: "AT_FDCWD", filename: "/etc/passwd", usize: 24 },
  "syscalls/sys_enter_open": { filename: "/etc/passwd", flags: 0, mode: 0 },
  "syscalls/sys_enter_execve": { filename: "/usr/bin/ls", argv: ["ls", "-l", "/tmp"], envp: ["PATH=/usr/bin"] },
  "syscalls/sys_enter_read": { fd: 3, count: 4096 },
  "syscalls/sys_enter_write": { fd: 1, buf: "hello\n", count: 6 },
  "syscalls/sys_enter_close": { fd: 3 },
  "syscalls/sys_enter_connect": { fd: 3, uservaddr: { family: "AF_INET", addr: "93.184.216.34", port: 443 }, addrlen: 16 },
  "syscalls/sys_enter_kill": { pid: 4321, sig: "SIGTERM" },
  "syscalls/sys_enter_unlinkat": { dfd: "AT_FDCWD", pathname: "/tmp/old.log", flag: 0 },
  "syscalls/sys_exit_openat": { ret: 3 },
  "syscalls/sys_exit_read": { ret: 4096 },
  "sched/sched_process_exec": { filename: "/usr/bin/ls", pid: 4242, old_pid: 4242 },
  "sched/sched_process_exit": { comm: "ls", pid: 4242, prio: 120 },
  "sched/sched_switch": { prev_comm: "bash", prev_pid: 4000, prev_prio: 120, prev_state: 1, next_comm: "bpfplay", next_pid: 4242, next_prio: 120 },
  "tcp/tcp_retransmit_skb": { skaddr: SOCK, family: "AF_INET", saddr: SOCK.saddr, daddr: SOCK.daddr, sport: SOCK.sport, dport: SOCK.dport, state: "TCP_ESTABLISHED" },
  "skb/kfree_skb": { skbaddr: { len: 60, protocol: "ETH_P_IP" }, location: "0xffffffff81a2c3d4", protocol: "ETH_P_IP", reason: 2 },
  "sock/inet_sock_set_state": { skaddr: SOCK, oldstate: "TCP_SYN_SENT", newstate: "TCP_ESTABLISHED", sport: SOCK.sport, dport: SOCK.dport, family: "AF_INET", protocol: "IPPROTO_TCP", saddr: SOCK.saddr, daddr: SOCK.daddr },
  tcp_v4_connect: { sk: SOCK, uaddr: { family: "AF_INET", addr: SOCK.daddr, port: SOCK.dport }, addr_len: 16 },
  tcp_v6_connect: { sk: { saddr: "fd00::2", daddr: "2606:2800:220:1::1", sport: 41000, dport: 443 }, uaddr: { family: "AF_INET6", addr: "2606:2800:220:1::1", port: 443 }, addr_len: 28 },
  tcp_retransmit_skb: { sk: SOCK, skb: { len: 1448 }, segs: 1 },
  tcp_sendmsg: { sk: SOCK, size: 1448 },
  tcp_cleanup_rbuf: { sk: SOCK, copied: 512 },
  tcp_set_state: { sk: SOCK, state: "TCP_CLOSE" },
  tcp_close: { sk: SOCK, timeout: 0 },
  tcp_drop_reason: { sk: SOCK, skb: { len: 60 }, reason: 2 },
  sk_skb_reason_drop: { sk: SOCK, skb: { len: 60 }, reason: 2 },
  do_sys_openat2: { dfd: "AT_FDCWD", filename: "/etc/passwd" },
  vfs_read: { file: "/etc/passwd", count: 4096 },
  vfs_write: { file: "/tmp/out.log", buf: "hello\n", count: 6 },
  do_unlinkat: { dfd: "AT_FDCWD", name: "/tmp/old.log" },
  security_file_open: { file: "/etc/shadow" },
  "raw/sys_enter": { id: 257, args: [-100, "/etc/passwd", 0, 0] },
  "raw/sys_exit": { id: 257, ret: 3 },
  "raw/tcp_retransmit_skb": { sk: SOCK, skb: { len: 1448 }, err: 0 },
  "raw/inet_sock_set_state": { sk: SOCK, oldstate: "TCP_SYN_SENT", newstate: "TCP_ESTABLISHED" },
  "raw/kfree_skb": { skb: { len: 60 }, location: "0xffffffff81a2c3d4", reason: 2 },
};

/** A section's event kind and name, or undefined for sections that are not tracing ones. */
export function eventOfSection(section: string | undefined): { kind: KernelEventKind; name: string } | undefined {
  if (!section) return undefined;
  const m = /^(tracepoint|tp|raw_tracepoint|raw_tp|raw_tracepoint\.w|raw_tp\.w|kprobe|kretprobe)\/(.+)$/.exec(section);
  if (!m) return undefined;
  const kind: KernelEventKind = m[1].startsWith("raw") ? "raw_tracepoint" : m[1] === "kprobe" || m[1] === "kretprobe" ? m[1] : "tracepoint";
  // kprobe/func+0x10: the function is what bpfplay knows
  return { kind, name: kind.endsWith("probe") ? m[2].replace(/\+.*$/, "") : m[2] };
}

/** A first event for a program type and section: the one its section names, with starter fields. */
export function starterEvent(progType: string, section?: string): KernelEvent {
  const s = eventOfSection(section);
  const known = s && (s.kind === "tracepoint" ? tracepointFormat(s.name) : s.kind === "raw_tracepoint" ? rawTracepoint(s.name) : kernelFunction(s.name));
  const e: { kind: KernelEventKind; name: string } =
    s && known ? s : progType === "kprobe" ? { kind: "kprobe", name: "tcp_v4_connect" } : progType.startsWith("raw_tracepoint") ? { kind: "raw_tracepoint", name: "sys_enter" } : { kind: "tracepoint", name: "syscalls/sys_enter_openat" };
  return { kind: e.kind, name: e.name, fields: starterFields(e.name, e.kind) };
}

/** Starter fields for an event (empty when bpfplay has none); a raw tracepoint's are its TP_PROTO arguments. */
export function starterFields(name: string, kind?: KernelEventKind): { readonly [k: string]: FieldValue } {
  return { ...(STARTERS[kind === "raw_tracepoint" ? `raw/${name}` : name] ?? {}) };
}

/** The program types an event feeds. */
const TYPES: Readonly<Record<KernelEventKind, readonly string[]>> = {
  tracepoint: ["tracepoint"],
  raw_tracepoint: ["raw_tracepoint", "raw_tracepoint_writable"],
  kprobe: ["kprobe"],
  kretprobe: ["kprobe"],
};

/** Why the event cannot run the program (another context), or a note when the section names another event. */
export function eventFit(e: KernelEvent, progType: string, section?: string): { error?: string; note?: string } {
  if (!TYPES[e.kind]?.includes(progType)) return { error: `a ${e.kind} event gives a ${e.kind === "kretprobe" ? "kprobe" : e.kind} context, and the program is of type ${progType}` };
  const s = eventOfSection(section);
  if (s && (s.name !== e.name || (s.kind !== e.kind && !(s.kind.endsWith("probe") && e.kind.endsWith("probe")))))
    return { note: `the program's section ${section} attaches to ${s.kind} ${s.name}; the event is ${e.kind} ${e.name}` };
  return {};
}
