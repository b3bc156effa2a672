// The kernel's checks outside the walk: before it, the encoding and the control flow
// (check_subprogs, check_cfg: reserved fields, ld_imm64, jumps, reachability, LD_ABS and tail
// calls in subprograms); after it, recursion and the stack depth of every call chain
// (check_max_stack_depth).

import { reachable } from "../cfg/index.ts";
import type { Cfg } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import { helperName } from "../isa/index.ts";
import { BPF_PRIV_STACK_MIN_SIZE, MAX_BPF_STACK, MAX_CALL_FRAMES } from "../isa/limits.ts";
import { fastcallDepth } from "./fastcall.ts";
import { reject, rejection, RejectionError } from "./error.ts";
import type { Rejection } from "./error.ts";
import type { Verification } from "./verify.ts";

/** The kernel's checks before exploration: reserved fields, ld_imm64, jumps, reachability. */
export function precheck(c: Verification): Rejection | undefined {
  const { cfg, program } = c;
  if (program.insns.length === 0) return reject(0, "empty");
  const last = cfg.insns[cfg.insns.length - 1];
  if (!last.valid && last.insn.code === 0x18) return reject(last.pc, "fall-off");
  // kfuncs are looked up first of all (bpfplay has no BTF: none is a function)
  for (const d of cfg.insns) if (d.valid && d.spec.kind === "call" && d.spec.op === "kfunc") return reject(d.pc, "kfunc", { btfId: d.insn.imm });
  for (const d of cfg.insns) {
    if (!d.valid && !walkChecks(d)) return rejection(d.pc, kernelReserved(d));
    if (!d.valid) continue;
    const i = d.insn;
    if (d.spec.kind === "callx") return reject(d.pc, "unknown-opcode", { opcode: 0x8d });
    if (d.spec.kind === "lddw" && (i.src === 5 || i.src === 6)) return reject(d.pc, "fd-idx");
    if (d.spec.kind === "lddw") {
      if (i.src === 3 || i.src === 4) continue;
      if (i.src !== 0 && (i.imm >>> 0) >= program.maps.length) return reject(d.pc, "bad-map-fd", { fd: i.imm });
      if (i.src === 2 || i.src === 6) {
        const m = program.maps[i.imm >>> 0];
        const vs = m.valueSize;
        const off = Number((d.imm64 ?? 0n) >> 32n);
        // only an array map gives its value's address, and only when it has one entry (map_direct_value_addr)
        if (m.type !== "array") return reject(d.pc, "map-direct-value-unsupported");
        if (off >= vs || m.maxEntries !== 1) return reject(d.pc, "map-value-ptr-off", { valueSize: vs, off });
      }
    }
  }
  if (cfg.errors.length) {
    const e = cfg.errors[0];
    return reject(e.pc, e.code, e.params as never);
  }
  // LD_ABS/LD_IND and tail calls in a subprogram need BTF, which bytecode without func_info lacks
  // (the kernel's check_abnormal_return: subprograms in order, LD_ABS first in each); with BTF, the
  // subprogram must return a number (check_btf_func: an int or an enum, not a pointer or void)
  const abnormal = new Map<number, { ldAbs?: number; tailCall?: number }>();
  for (const d of cfg.insns) {
    const func = cfg.blocks[cfg.blockOf[d.pc]]?.func ?? 0;
    if (!d.valid || func === 0) continue;
    const a = abnormal.get(func) ?? (abnormal.set(func, {}), abnormal.get(func)!);
    if (d.spec.kind === "ldabs" || d.spec.kind === "ldind") a.ldAbs ??= d.pc;
    if (d.spec.kind === "call" && d.spec.op === "helper" && helperName(d.insn.imm) === "tail_call") a.tailCall ??= d.pc;
  }
  for (const func of [...abnormal.keys()].sort((x, y) => x - y)) {
    const a = abnormal.get(func)!;
    const info = program.funcInfo;
    if (info) {
      if (info.find((f) => f.pc === func)?.sig?.ret === "scalar") continue;
      if (a.ldAbs !== undefined) return reject(a.ldAbs, "ld-abs-int-return");
      if (a.tailCall !== undefined) return reject(a.tailCall, "tail-call-int-return");
      continue;
    }
    if (a.ldAbs !== undefined) return reject(a.ldAbs, "ld-abs-subprog");
    if (a.tailCall !== undefined) return reject(a.tailCall, "tail-call-subprog");
  }
  const reach = reachable(cfg);
  for (const b of cfg.blocks) if (!reach.has(b.id)) return reject(b.start, "unreachable", { insn: b.start });
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
/**
 * Whether the kernel checks the instruction's fields only when its walk reaches it (do_check:
 * check_alu_op, check_cond_jmp_op, the stores, calls and exits), so that in dead code it passes.
 * Before the walk it refuses unknown opcodes, LDX's mode and imm, and ld_imm64's halves
 * (resolve_pseudo_ldimm64). may_goto's form is the walk's too (check_cond_jmp_op, in the 6.18
 * kernel; later kernels check every field before the walk, check_insn_fields).
 */
export function walkChecks(d: Decoded & { valid: false }): boolean {
  const k = d.fault.kind;
  const code = d.insn.code;
  return (k === "reserved-field" || k === "bad-discriminator" || k === "bad-imm" || k === "bad-register") && (code & 7) !== 1 && code !== 0x18;
}

/** How the kernel words bytes that are not an instruction, from the decoder's fault and the opcode's class. */
export function kernelReserved(d: Decoded & { valid: false }): RejectionError {
  const { code, imm, src } = d.insn;
  const cls = code & 7;
  const op = code & 0xf0;
  const fault = d.fault;
  if (fault.kind === "unknown-opcode" || code === 0x8d) return new RejectionError("unknown-opcode", { opcode: code });
  if (fault.kind === "lddw-incomplete" || fault.kind === "lddw-second-half") return new RejectionError("bad-ldimm64");
  if (fault.kind === "bad-register") return new RejectionError("bad-register", { regno: fault.regno });
  if (code === 0x18 && src > 6) return new RejectionError("unrecognized-ldimm64");
  if (cls === 3 && (code & 0xe0) === 0xc0) {
    if ((code & 0x18) !== 0x00 && (code & 0x18) !== 0x18 && imm !== 0x100 && imm !== 0x110) return new RejectionError("atomic-size");
    return new RejectionError("atomic-opcode", { imm });
  }
  if (code === 0xe5) return new RejectionError("may-goto-imm", { imm });
  const insn =
    cls === 4 || cls === 7
      ? op === 0xb0 ? "BPF_MOV" : op === 0x80 ? "BPF_NEG" : op === 0xd0 ? "BPF_END" : "BPF_ALU"
      : cls === 5 || cls === 6
        ? op === 0x00 ? "BPF_JA" : op === 0x80 ? "BPF_CALL" : op === 0x90 ? "BPF_EXIT" : "BPF_JMP/JMP32"
        : ["BPF_LD_[ABS|IND]", "BPF_LDX", "BPF_ST", "BPF_STX"][cls];
  return new RejectionError("reserved-fields", { insn });
}

export function stackCheck(c: Verification): Rejection | undefined {
  // depth of each function (less the bpf_fastcall spills and fills the kernel removes: fastcall.ts),
  // rounded up to 16 bytes as the kernel does when it JITs (round_up_stack_depth; 32 for the
  // interpreter), summed along call chains
  const depth = (start: number) => Math.ceil(fastcallDepth(c.fastcall, start, c.stackDepth.get(start) ?? 0) / 16) * 16;
  // the calls, and the loads of a callback's address (the callback runs on top of the function
  // that passes it: check_max_stack_depth_subprog follows both), in the order of the program
  const calls = new Map<number, number[]>();
  /** The functions that make a tail call. */
  const tailCalls = new Set<number>();
  for (const d of c.cfg.insns) {
    if (!d.valid) continue;
    const from = c.cfg.blocks[c.cfg.blockOf[d.pc]]?.func ?? 0;
    if ((d.spec.kind === "call" && d.spec.op === "local") || (d.spec.kind === "lddw" && d.insn.src === 4)) {
      (calls.get(from) ?? (calls.set(from, []), calls.get(from)!)).push(d.pc + d.insn.imm + 1);
    }
    if (d.spec.kind === "call" && d.spec.op === "helper" && helperName(d.insn.imm) === "tail_call") tailCalls.add(from);
  }
  // where the program type has private stacks and no function makes a tail call, a function
  // with a large stack has its own: it counts in no chain (check_max_stack_depth_subprog)
  const privateStacks = c.type.privateStack && tailCalls.size === 0;
  const walk = (f: number, sum: number, frames: number): Rejection | undefined => {
    // a tail call unwinds its own frame, not its callers': they must leave it room (at most 256 bytes)
    if (f !== 0 && tailCalls.has(f) && sum >= 256) return reject(f, "tail-call-stack", { depth: sum });
    const total = privateStacks && depth(f) >= BPF_PRIV_STACK_MIN_SIZE ? sum : sum + depth(f);
    if (total > MAX_BPF_STACK) return reject(f, "stack-size", { calls: frames, size: total });
    for (const g of calls.get(f) ?? []) {
      if (frames >= MAX_CALL_FRAMES) return reject(g, "call-chain-depth", { frames: frames + 1 });
      const e = walk(g, total, frames + 1);
      if (e) return e;
    }
    return undefined;
  };
  return walk(0, 0, 1);
}
