// The kernel's checks outside the walk: before it, the encoding and the control flow
// (check_subprogs, check_cfg: reserved fields, ld_imm64, jumps, reachability, LD_ABS and tail
// calls in subprograms); after it, recursion and the stack depth of every call chain
// (check_max_stack_depth).

import { reachable } from "../cfg/index.ts";
import type { Cfg } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import { MAX_BPF_STACK, MAX_CALL_FRAMES } from "../isa/limits.ts";
import type { VDiagnostic, Verification } from "./verify.ts";

/** The kernel's checks before exploration: reserved fields, ld_imm64, jumps, reachability. */
export function precheck(c: Verification): VDiagnostic | undefined {
  const { cfg, program } = c;
  if (program.insns.length === 0) return { pc: 0, message: "empty program", code: "empty" };
  const last = cfg.insns[cfg.insns.length - 1];
  if (!last.valid && last.insn.code === 0x18) return { pc: last.pc, message: "last insn is not an exit or jmp", code: "cfg" };
  // kfuncs are looked up first of all (bpfplay has no BTF: none is a function)
  for (const d of cfg.insns) if (d.valid && d.spec.kind === "call" && d.spec.op === "kfunc") return { pc: d.pc, message: `kernel btf_id ${d.insn.imm} is not a function`, code: "bad-call" };
  for (const d of cfg.insns) {
    if (!d.valid) return { pc: d.pc, message: kernelReservedMessage(d), code: "invalid-insn" };
    const i = d.insn;
    if (d.spec.kind === "callx") return { pc: d.pc, message: "unknown opcode 8d", code: "invalid-insn" };
    if (d.spec.kind === "lddw" && (i.src === 5 || i.src === 6)) return { pc: d.pc, message: "fd_idx without fd_array is invalid", code: "bad-map" };
    if (d.spec.kind === "lddw") {
      if (i.src === 3 || i.src === 4) continue;
      if (i.src !== 0 && (i.imm >>> 0) >= program.maps.length) return { pc: d.pc, message: `fd ${i.imm} is not pointing to valid bpf_map`, code: "bad-map" };
      if (i.src === 2 || i.src === 6) {
        const vs = program.maps[i.imm >>> 0].valueSize;
        const off = Number((d.imm64 ?? 0n) >> 32n);
        if (off >= vs) return { pc: d.pc, message: `invalid access to map value pointer, value_size=${vs} off=${off}`, code: "bad-map" };
      }
    }
    if (d.spec.kind === "end" && d.spec.op.startsWith("bswap") === false && ![16, 32, 64].includes(i.imm)) return { pc: d.pc, message: "BPF_END uses reserved fields", code: "invalid-insn" };
  }
  if (cfg.errors.length) {
    const e = cfg.errors[0];
    return { pc: e.pc, message: e.message, code: "cfg" };
  }
  // LD_ABS/LD_IND and tail calls in a subprogram need BTF, which bytecode without func_info lacks
  // (the kernel's check_abnormal_return: subprograms in order, LD_ABS first in each)
  const abnormal = new Map<number, { ldAbs?: number; tailCall?: number }>();
  for (const d of cfg.insns) {
    const func = cfg.blocks[cfg.blockOf[d.pc]]?.func ?? 0;
    if (!d.valid || func === 0) continue;
    const a = abnormal.get(func) ?? (abnormal.set(func, {}), abnormal.get(func)!);
    if (d.spec.kind === "ldabs" || d.spec.kind === "ldind") a.ldAbs ??= d.pc;
    if (d.spec.kind === "call" && d.spec.op === "helper" && d.insn.imm === 12) a.tailCall ??= d.pc;
  }
  for (const func of [...abnormal.keys()].sort((x, y) => x - y)) {
    const a = abnormal.get(func)!;
    if (a.ldAbs !== undefined) return { pc: a.ldAbs, message: "LD_ABS is not allowed in subprogs without BTF", code: "no-btf" };
    if (a.tailCall !== undefined) return { pc: a.tailCall, message: "tail_call is not allowed in subprogs without BTF", code: "tail-call" };
  }
  const reach = reachable(cfg);
  for (const b of cfg.blocks) if (!reach.has(b.id)) return { pc: b.start, message: `unreachable insn ${b.start}`, code: "unreachable" };
  return undefined;
}

/** A function that calls itself, directly or not: the pc of a call on the cycle. */
export function recursion(cfg: Cfg): number | undefined {
  const calls = new Map<number, { pc: number; to: number }[]>();
  for (const d of cfg.insns) {
    if (d.valid && d.spec.kind === "call" && d.spec.op === "local") {
      const from = cfg.blocks[cfg.blockOf[d.pc]]?.func ?? 0;
      (calls.get(from) ?? (calls.set(from, []), calls.get(from)!)).push({ pc: d.pc, to: d.pc + d.insn.imm + 1 });
    }
  }
  const onPath = new Set<number>();
  const done = new Set<number>();
  const visit = (f: number): number | undefined => {
    if (done.has(f)) return undefined;
    onPath.add(f);
    for (const c of calls.get(f) ?? []) {
      if (onPath.has(c.to)) return c.pc;
      const r = visit(c.to);
      if (r !== undefined) return r;
    }
    onPath.delete(f);
    done.add(f);
    return undefined;
  };
  return visit(0);
}
export function kernelReservedMessage(d: Decoded): string {
  if (d.valid) return "";
  const { code, imm, src } = d.insn;
  const cls = code & 7;
  const op = code & 0xf0;
  if (d.reason.startsWith("unknown opcode") || code === 0x8d) return `unknown opcode ${code.toString(16).padStart(2, "0")}`;
  if (d.reason.startsWith("incomplete lddw") || d.reason.startsWith("invalid lddw")) return "invalid bpf_ld_imm64 insn";
  if (d.reason.includes("register r")) return `R${/r(\d+)/.exec(d.reason)![1]} is invalid`;
  if (code === 0x18 && src > 6) return "unrecognized bpf_ld_imm64 insn";
  if (cls === 3 && (code & 0xe0) === 0xc0) {
    if ((code & 0x18) !== 0x00 && (code & 0x18) !== 0x18 && imm !== 0x100 && imm !== 0x110) return "invalid atomic operand size";
    return `BPF_ATOMIC uses invalid atomic opcode ${imm.toString(16).padStart(2, "0")}`;
  }
  if (code === 0xe5) return `invalid may_goto imm ${imm}`;
  if (cls === 4 || cls === 7) return `${op === 0xb0 ? "BPF_MOV" : op === 0x80 ? "BPF_NEG" : op === 0xd0 ? "BPF_END" : "BPF_ALU"} uses reserved fields`;
  if (cls === 5 || cls === 6) return `${op === 0x00 ? "BPF_JA" : op === 0x80 ? "BPF_CALL" : op === 0x90 ? "BPF_EXIT" : "BPF_JMP/JMP32"} uses reserved fields`;
  return `${["BPF_LD_[ABS|IND]", "BPF_LDX", "BPF_ST", "BPF_STX"][cls]} uses reserved fields`;
}

export function stackCheck(c: Verification): VDiagnostic | undefined {
  // depth of each function, rounded up to 32 bytes as the kernel does, summed along call chains
  const depth = (start: number) => Math.ceil((c.stackDepth.get(start) ?? 0) / 32) * 32;
  const calls = new Map<number, number[]>();
  for (const d of c.cfg.insns) {
    if (d.valid && d.spec.kind === "call" && d.spec.op === "local") {
      const from = c.cfg.blocks[c.cfg.blockOf[d.pc]].func;
      (calls.get(from) ?? (calls.set(from, []), calls.get(from)!)).push(d.pc + d.insn.imm + 1);
    }
  }
  const walk = (f: number, sum: number, frames: number): VDiagnostic | undefined => {
    const total = sum + depth(f);
    if (total > MAX_BPF_STACK) return { pc: f, message: `combined stack size of ${frames} calls is ${total}. Too large`, code: "stack-size" };
    for (const g of calls.get(f) ?? []) {
      if (frames >= MAX_CALL_FRAMES) return { pc: g, message: `the call stack of ${frames + 1} frames is too deep !`, code: "call-depth" };
      const e = walk(g, total, frames + 1);
      if (e) return e;
    }
    return undefined;
  };
  return walk(0, 0, 1);
}
