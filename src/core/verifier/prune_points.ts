// Where the walk compares and stores states, as the kernel's check_cfg marks instructions:
// prune points, jump points, forced checkpoints and the calls of helpers that call back (prune.ts
// reads them; so does the stack liveness).

import type { Cfg } from "../cfg/index.ts";
import { LdImmSrc } from "../isa/index.ts";
import { callbackCalls } from "./callback.ts";

/**
 * What the kernel's check_cfg marks on instructions for the walk (6.18):
 * - prune points (`points`), where states are compared and stored: conditional jumps (may_goto
 *   too) and their targets, the targets of unconditional jumps, bpf-to-bpf calls, their callees'
 *   entries and the instruction after every call, and the calls of helpers that call back;
 * - jump points (`jumps`), where a path's history records the instruction whatever came before
 *   (the targets of jumps, callees' entries, the instruction after every call, the calls of
 *   helpers that call back);
 * - forced checkpoints (`forced`), where a state is stored whatever the counts since the last
 *   one: may_goto, and the calls of helpers that call back (sync callbacks: their loop converges there).
 * An ld_imm64 of a function's address is marked as a call of it (visit_func_call_insn).
 */
export interface CfgMarks {
  readonly points: Uint8Array;
  readonly jumps: Uint8Array;
  readonly forced: Uint8Array;
  /** The calls of helpers that call back (calls_callback): a state still open there is a loop's, compared by ranges. */
  readonly callbacks: Uint8Array;
}

export function cfgMarks(cfg: Cfg): CfgMarks {
  const n = cfg.at.length + 1;
  const points = new Uint8Array(n);
  const jumps = new Uint8Array(n);
  const forced = new Uint8Array(n);
  const callbacks = new Uint8Array(n);
  const back = callbackCalls(cfg.at);
  const mark = (pc: number, jump: boolean) => {
    if (pc < 0 || pc >= n) return;
    points[pc] = 1;
    if (jump) jumps[pc] = 1;
  };
  /** A call (or a function's address taken) at pc, to `callee` if a function's. */
  const call = (pc: number, slots: number, callee?: number) => {
    mark(pc + slots, true);
    if (callee !== undefined) {
      mark(pc, false);
      mark(callee, true);
    }
  };
  for (const d of cfg.insns) {
    if (!d.valid) {
      // a malformed may_goto (walkChecks: refused where the walk reaches it) is still a jump to
      // the kernel's check_cfg, and a forced checkpoint when its src_reg is BPF_MAY_GOTO
      if (d.insn.code === 0xe5) {
        mark(d.pc, false);
        mark(d.pc + d.insn.off + 1, true);
        if (d.insn.src === 0) forced[d.pc] = 1;
      }
      continue;
    }
    const { spec: s, insn: i, pc } = d;
    if (s.kind === "jcc" || s.kind === "may_goto") {
      mark(pc, false);
      mark(pc + i.off + 1, true);
      if (s.kind === "may_goto") forced[pc] = 1;
    } else if (s.kind === "call" || s.kind === "callx") {
      call(pc, d.slots, s.kind === "call" && s.op === "local" ? pc + i.imm + 1 : undefined);
      if (back[pc] === 1) {
        mark(pc, true);
        forced[pc] = 1;
        callbacks[pc] = 1;
      }
    } else if (s.kind === "lddw" && i.src === LdImmSrc.FUNC) call(pc, d.slots, pc + i.imm + 1);
    else if (s.kind === "ja") mark(pc + i.off + 1, true);
    else if (s.kind === "gotol") mark(pc + i.imm + 1, true);
  }
  return { points, jumps, forced, callbacks };
}
