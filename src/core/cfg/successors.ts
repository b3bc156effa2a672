// Where control can go after an instruction: the one rule the CFG, the verifier's liveness and
// loops, and the VM's compiled blocks all read. It works from the raw fields (the VM keeps its
// program as arrays of them) and from a decoded instruction.

import type { Decoded, Insn } from "../isa/index.ts";

/**
 * How control reaches a successor: falling through, a conditional jump taken, an unconditional
 * jump, or a call of a bpf-to-bpf function (or a callback named by `r = func[cb] ll`).
 */
export type EdgeKind = "fallthrough" | "taken" | "jump" | "call";

export interface Successor {
  readonly to: number;
  readonly kind: EdgeKind;
}

const CLASS_LD = 0x00;
const CLASS_JMP = 0x05;
const CLASS_JMP32 = 0x06;
const OP_JA = 0x00;
const OP_CALL = 0x80;
const OP_EXIT = 0x90;
const PSEUDO_CALL = 1;
const PSEUDO_FUNC = 4;

/**
 * The successors of a valid instruction at `pc` that takes `slots` slots, from its raw fields,
 * in a fixed order (fall-through first). Targets are not range-checked: callers decide what an
 * edge out of the program means.
 */
export function rawSuccessors(insn: Pick<Insn, "code" | "src" | "off" | "imm">, pc: number, slots: number): Successor[] {
  const { code, src, off, imm } = insn;
  const cls = code & 7;
  const next = pc + slots;
  if (cls === CLASS_JMP || cls === CLASS_JMP32) {
    const op = code & 0xf0;
    if (op === OP_EXIT) return [];
    if (op === OP_JA) return [{ to: cls === CLASS_JMP ? pc + off + 1 : pc + imm + 1, kind: "jump" }];
    if (op === OP_CALL) {
      // a helper, a kfunc or callx returns to the next instruction; a bpf-to-bpf call also enters its callee
      if (code === (CLASS_JMP | OP_CALL) && src === PSEUDO_CALL) return [{ to: next, kind: "fallthrough" }, { to: pc + imm + 1, kind: "call" }];
      return [{ to: next, kind: "fallthrough" }];
    }
    // conditional jumps and may_goto
    return [
      { to: next, kind: "fallthrough" },
      { to: pc + off + 1, kind: "taken" },
    ];
  }
  // `r2 = func[cb] ll` names a callback: a function the kernel checks like a called one
  if (cls === CLASS_LD && code === 0x18 && src === PSEUDO_FUNC) return [{ to: next, kind: "fallthrough" }, { to: pc + imm + 1, kind: "call" }];
  return [{ to: next, kind: "fallthrough" }];
}

/** Where control can go after the instruction, with the kind of each edge (none for an invalid one). */
export function successors(d: Decoded): Successor[] {
  return d.valid ? rawSuccessors(d.insn, d.pc, d.slots) : [];
}

/**
 * Successors within the function, as an instruction graph over `at` (holes are second slots of
 * ld_imm64): a call goes on at the next instruction, targets outside the program are dropped,
 * a target is listed once.
 */
export function flowSuccessors(at: readonly (Decoded | undefined)[]): number[][] {
  const n = at.length;
  return Array.from({ length: n }, (_, pc) => {
    const d = at[pc];
    const out: number[] = [];
    if (!d) return out;
    for (const s of successors(d)) if (s.kind !== "call" && s.to >= 0 && s.to < n && at[s.to] && !out.includes(s.to)) out.push(s.to);
    return out;
  });
}
