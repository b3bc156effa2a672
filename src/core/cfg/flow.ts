// Control flow between instructions: where control can go after one (the rule the block graph
// in index.ts, the verifier's liveness and the VM's compiled blocks all read, from the raw
// fields too, as the VM keeps its program as arrays of them), and the loops of the instruction
// graph as the kernel numbers them for its level-2 log ("Live regs before insn:").

import { byOpcode } from "../isa/index.ts";
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

/**
 * Where control can go after the instruction, with the kind of each edge: by its opcode, also for
 * an instruction with a field out of place (the kernel's walk refuses it only where it gets);
 * none for bytes that are no instruction (an unknown opcode, a broken ld_imm64).
 */
export function successors(d: Decoded): Successor[] {
  return d.valid || byOpcode(d) ? rawSuccessors(d.insn, d.pc, d.slots) : [];
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

// ---- loops ----------------------------------------------------------------------------------
//
// The strongly connected components of the instruction graph within functions (calls go on at
// the next instruction), found by Tarjan's algorithm from each instruction in order.

/**
 * The loop number of each instruction slot, 0 outside loops. A component is numbered (from 1,
 * in the order it completes) only if it is a loop: two or more instructions, one that jumps to
 * itself, or one `implicit` marks (a call of a helper that calls back, which the kernel counts
 * as a loop of its own). `succ` defaults to flowSuccessors(at).
 */
export function loops(at: readonly (Decoded | undefined)[], succ: readonly (readonly number[])[] = flowSuccessors(at), implicit?: Uint8Array): number[] {
  const n = at.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const scc = new Array<number>(n).fill(0);
  let counter = 0;
  let nextId = 1;
  for (let root = 0; root < n; root++) {
    if (!at[root] || index[root] >= 0) continue;
    // an explicit work list: a long straight program would overflow the call stack
    const work: { v: number; k: number }[] = [{ v: root, k: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const { v } = top;
      if (top.k < succ[v].length) {
        const w = succ[v][top.k++];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, k: 0 });
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1].v;
        low[u] = Math.min(low[u], low[v]);
      }
      if (low[v] !== index[v]) continue;
      const members: number[] = [];
      for (;;) {
        const w = stack.pop()!;
        onStack[w] = 0;
        members.push(w);
        if (w === v) break;
      }
      if (members.length > 1 || succ[v].includes(v) || implicit?.[v] === 1) {
        for (const w of members) scc[w] = nextId;
        nextId++;
      }
    }
  }
  return scc;
}
