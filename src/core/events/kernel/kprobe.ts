// Kprobes and kretprobes: a struct pt_regs (x86-64, as isa/kernel_structs.ts and vmlinux.h lay it
// out) with the probed function's arguments where the System V calling convention puts them,
// di, si, dx, cx, r8, r9, and for a kretprobe its return value in ax. The prototypes are the
// kernel's (Linux 6.18's BTF: `bpftool btf dump file /sys/kernel/btf/vmlinux`).

import { KERNEL_STRUCTS } from "../../isa/kernel_structs.ts";
import { PT_REGS as PT_REGS_CTX } from "../../isa/ctx_layouts.ts";
import type { AddressSpace } from "./memory.ts";
import { KStruct } from "./memory.ts";
import { pointerValue } from "./pointers.ts";
import type { FieldValue } from "./types.ts";
import { failed, readInt } from "./values.ts";
import type { Read } from "./values.ts";

export interface Param {
  readonly name: string;
  /** The C type: `struct sock *`, `int`, `const char __user *`. */
  readonly type: string;
}

export interface KernelFunction {
  readonly name: string;
  readonly ret: string;
  readonly params: readonly Param[];
  readonly doc: string;
}

const p = (decl: string): Param => {
  const m = /^(.*?)\s*(\w+)$/.exec(decl.trim());
  return m ? { type: m[1].trim(), name: m[2] } : { type: decl, name: decl };
};
const fn = (ret: string, name: string, params: string, doc: string): KernelFunction => ({ name, ret, params: params ? params.split(",").map(p) : [], doc });

export const KERNEL_FUNCTIONS: readonly KernelFunction[] = [
  fn("int", "tcp_v4_connect", "struct sock *sk, struct sockaddr *uaddr, int addr_len", "an IPv4 TCP connect() (tcpconnect)"),
  fn("int", "tcp_v6_connect", "struct sock *sk, struct sockaddr *uaddr, int addr_len", "an IPv6 TCP connect()"),
  fn("int", "tcp_retransmit_skb", "struct sock *sk, struct sk_buff *skb, int segs", "a TCP segment sent again (tcpretrans)"),
  fn("int", "tcp_sendmsg", "struct sock *sk, struct msghdr *msg, size_t size", "bytes a process sends on a TCP socket (tcptop)"),
  fn("void", "tcp_cleanup_rbuf", "struct sock *sk, int copied", "bytes a process has read from a TCP socket (tcptop)"),
  fn("int", "tcp_recvmsg", "struct sock *sk, struct msghdr *msg, size_t len, int flags, int *addr_len", "a read from a TCP socket"),
  fn("void", "tcp_close", "struct sock *sk, long timeout", "a TCP socket closed"),
  fn("void", "tcp_set_state", "struct sock *sk, int state", "a TCP state change (tcplife)"),
  fn("void", "tcp_drop_reason", "struct sock *sk, struct sk_buff *skb, int reason", "a TCP segment dropped, with the reason (tcpdrop; tcp_drop before 5.19)"),
  fn("void", "sk_skb_reason_drop", "struct sock *sk, struct sk_buff *skb, int reason", "a packet freed as dropped (kfree_skb_reason before 6.11)"),
  fn("void", "tcp_rcv_established", "struct sock *sk, struct sk_buff *skb", "a segment on an established connection"),
  fn("int", "ip_rcv", "struct sk_buff *skb, struct net_device *dev, struct packet_type *pt, struct net_device *orig_dev", "an IPv4 packet received"),
  fn("int", "udp_sendmsg", "struct sock *sk, struct msghdr *msg, size_t len", "a UDP send"),
  fn("struct sock *", "inet_csk_accept", "struct sock *sk, struct proto_accept_arg *arg", "a connection accepted (tcpaccept; the kretprobe returns the new socket)"),
  fn("long", "do_sys_openat2", "int dfd, const char __user *filename, struct open_how *how", "every open (opensnoop)"),
  fn("ssize_t", "vfs_read", "struct file *file, char __user *buf, size_t count, loff_t *pos", "a read from a file"),
  fn("ssize_t", "vfs_write", "struct file *file, const char __user *buf, size_t count, loff_t *pos", "a write to a file"),
  fn("int", "vfs_open", "const struct path *path, struct file *file", "a file opened"),
  fn("int", "security_file_open", "struct file *file", "the LSM hook of every open"),
  fn("int", "do_unlinkat", "int dfd, struct filename *name", "a file removed"),
  fn("void", "wake_up_new_task", "struct task_struct *p", "a new task started"),
  fn("void", "do_exit", "long code", "a task exits"),
];

export function kernelFunction(name: string): KernelFunction | undefined {
  return KERNEL_FUNCTIONS.find((f) => f.name === name);
}

/** Registers that carry arguments 1..6 on x86-64. */
export const ARG_REGS = ["di", "si", "dx", "cx", "r8", "r9"] as const;

const PT_REGS = KERNEL_STRUCTS.find((s) => s.tag === "pt_regs")!;

/** pt_regs as the context view names it (a kprobe program's context: the same offsets). */
export const PT_REGS_LAYOUT = PT_REGS_CTX;

/** A text address for a function, stable per name (kernel text on x86-64 starts at 0xffffffff81000000). */
export function functionAddress(name: string): bigint {
  let h = 0x811c9dc5;
  for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193) >>> 0;
  return 0xffffffff81000000n + BigInt((h % 0xe00000) & ~0xf);
}

/**
 * The registers at the probe. A kprobe sees the arguments (and ip just past the function's
 * first byte, where the breakpoint was); a kretprobe sees the return value in ax (the argument
 * registers hold whatever the function left there: bpfplay keeps the arguments, as a fast return does).
 */
export function buildPtRegs(f: KernelFunction, fields: { readonly [k: string]: FieldValue }, ret: boolean, mem: AddressSpace): Read<Uint8Array> {
  const names = f.params.map((x) => x.name);
  const allowed = ret ? [...names, "ret"] : names;
  const unknown = Object.keys(fields).filter((k) => !allowed.includes(k));
  if (unknown.length) return { error: `${f.name} has no parameter '${unknown[0]}' (${ret ? "a kretprobe takes ret and " : ""}its parameters: ${names.join(", ") || "none"})` };
  const regs = new KStruct(PT_REGS, 0n);
  for (let k = 0; k < Math.min(f.params.length, ARG_REGS.length); k++) {
    const prm = f.params[k];
    const v = argValue(prm.type, prm.name, fields[prm.name], mem);
    if (failed(v)) return { error: `fields.${prm.name}: ${v.error}` };
    regs.set(ARG_REGS[k], v);
  }
  if (ret) {
    const v = argValue(f.ret, "ret", fields.ret, mem);
    if (failed(v)) return { error: `fields.ret: ${v.error}` };
    regs.set("ax", v);
  }
  regs.set("ip", functionAddress(f.name) + (ret ? 0x1a3n : 1n));
  regs.set("sp", 0xffffc90000a3fd48n).set("bp", 0xffffc90000a3fd90n); // a task's kernel stack (vmalloc'd)
  regs.set("cs", 0x10).set("ss", 0x18).set("flags", 0x246).set("orig_ax", 0xffffffffffffffffn);
  return regs.bytes;
}

/** An argument's register value: a pointer (what it points to is built), or an integer sign-extended to 64 bits. */
export function argValue(type: string, name: string, v: FieldValue | undefined, mem: AddressSpace): Read<bigint> {
  if (type.includes("*")) return pointerValue(mem, type, name, v, type.includes("__user"));
  const n = readInt(v, 8, true);
  return n;
}
