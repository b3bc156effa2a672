// Raw tracepoints: the tracepoint's own arguments (its TP_PROTO), each widened to a u64, in
// struct bpf_raw_tracepoint_args. BPF_PROG_TEST_RUN runs raw_tracepoint programs with these
// bytes as ctx_in, so the kernel differential can compare them.

import type { AddressSpace } from "./memory.ts";

import { argValue } from "./kprobe.ts";
import type { Param } from "./kprobe.ts";
import type { FieldValue } from "./types.ts";
import { failed, le, readInt } from "./values.ts";
import type { Read } from "./values.ts";

export interface RawTracepoint {
  readonly name: string;
  readonly params: readonly Param[];
}

const rt = (name: string, params: string): RawTracepoint => ({
  name,
  params: params.split(",").map((d) => {
    const m = /^(.*?)\s*(\w+)$/.exec(d.trim())!;
    return { type: m[1].trim(), name: m[2] };
  }),
});

/** TP_PROTO of the raw tracepoints bpfplay models (Linux 6.18). */
export const RAW_TRACEPOINTS: readonly RawTracepoint[] = [
  rt("sys_enter", "struct pt_regs *regs, long id"),
  rt("sys_exit", "struct pt_regs *regs, long ret"),
  rt("sched_switch", "bool preempt, struct task_struct *prev, struct task_struct *next, unsigned int prev_state"),
  rt("sched_process_exec", "struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm"),
  rt("sched_process_exit", "struct task_struct *p, bool group_dead"),
  rt("sched_process_fork", "struct task_struct *parent, struct task_struct *child"),
  rt("kfree_skb", "struct sk_buff *skb, void *location, enum skb_drop_reason reason, struct sock *rx_sk"),
  rt("tcp_retransmit_skb", "const struct sock *sk, const struct sk_buff *skb, int err"),
  rt("inet_sock_set_state", "const struct sock *sk, const int oldstate, const int newstate"),
];

export function rawTracepoint(name: string): RawTracepoint | undefined {
  return RAW_TRACEPOINTS.find((r) => r.name === name);
}

/** x86-64 syscall arguments in pt_regs: di, si, dx, r10 (not cx, which syscall clobbers), r8, r9. */
const SYSCALL_REGS = ["di", "si", "dx", "r10", "r8", "r9"] as const;

/**
 * The argument array. A `regs` of sys_enter/sys_exit is a pt_regs built from `args` (the system
 * call's six arguments: numbers, or strings placed in user memory) and the syscall number in
 * orig_ax; other pointers are built as for kprobes. `args` alone gives the u64s as they are.
 */
export function buildRawArgs(r: RawTracepoint | undefined, name: string, fields: { readonly [k: string]: FieldValue }, mem: AddressSpace, current: bigint): Read<Uint8Array> {
  if (!r) {
    const list = fields.args;
    if (!Array.isArray(list) || Object.keys(fields).some((k) => k !== "args")) return { error: `raw tracepoint ${name} is not one bpfplay knows: give its arguments as "args": [u64, ...]` };
    if (list.length > 12) return { error: "a raw tracepoint has at most 12 arguments" };
    const out = new Uint8Array(8 * Math.max(1, list.length));
    for (let k = 0; k < list.length; k++) {
      const v = readInt(list[k] as FieldValue, 8, true);
      if (failed(v)) return { error: `fields.args[${k}]: ${v.error}` };
      out.set(le(v, 8), 8 * k);
    }
    return out;
  }
  const allowed = [...r.params.map((x) => x.name), ...(r.name === "sys_enter" ? ["args"] : r.name === "sys_exit" ? ["args", "id"] : [])];
  const unknown = Object.keys(fields).filter((k) => !allowed.includes(k));
  if (unknown.length) return { error: `raw tracepoint ${r.name} has no argument '${unknown[0]}' (its arguments: ${allowed.join(", ")})` };
  const out = new Uint8Array(8 * r.params.length);
  for (let k = 0; k < r.params.length; k++) {
    const prm = r.params[k];
    const v = fields[prm.name];
    let n: Read<bigint>;
    if (prm.name === "regs" && (v === undefined || typeof v === "object")) n = syscallRegs(fields, r.name === "sys_enter", mem);
    else if (prm.type.includes("task_struct") && v === undefined) n = current;
    else n = argValue(prm.type, prm.name, v, mem);
    if (failed(n)) return { error: `fields.${prm.name}: ${n.error}` };
    out.set(le(n, 8), 8 * k);
  }
  return out;
}

function syscallRegs(fields: { readonly [k: string]: FieldValue }, enter: boolean, mem: AddressSpace): Read<bigint> {
  const regs = mem.kernelStruct("pt_regs", "struct pt_regs (the system call's registers)");
  const id = readInt(fields.id ?? 0, 8, true);
  if (failed(id)) return id;
  regs.set("orig_ax", id);
  const args = fields.args ?? [];
  if (!Array.isArray(args) || args.length > 6) return { error: "args: at most six system call arguments, as a list" };
  for (let k = 0; k < args.length; k++) {
    const v = argValue("const char __user *", `args[${k}]`, args[k] as FieldValue, mem);
    if (failed(v)) return { error: `args[${k}]: ${v.error}` };
    regs.set(SYSCALL_REGS[k], v);
  }
  if (!enter) {
    const ret = readInt(fields.ret ?? 0, 8, true);
    if (failed(ret)) return ret;
    regs.set("ax", ret);
  }
  return regs.addr;
}

