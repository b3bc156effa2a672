// The control-flow graph: basic blocks, their edges, functions (bpf-to-bpf call targets),
// back edges and reachability, from the instruction table alone. Successors of one instruction
// and loops (strongly connected components of the instruction graph) are in flow.ts.

import { decodeAll } from "../isa/index.ts";
import type { Decoded } from "../isa/index.ts";
import type { Program } from "../program.ts";
import { successors } from "./flow.ts";
import type { EdgeKind } from "./flow.ts";

export { flowSuccessors, loops, rawSuccessors, successors } from "./flow.ts";
export type { EdgeKind, Successor } from "./flow.ts";
export { stuckLoop } from "./stuck.ts";
export type { StuckLoop } from "./stuck.ts";

export interface Edge {
  readonly from: number;
  readonly to: number;
  readonly kind: EdgeKind;
  /** A back edge: the target dominates... here, simply comes no later than the source (a loop). */
  readonly back: boolean;
}

export interface Block {
  readonly id: number;
  /** First and last slot (the last instruction starts at `last`). */
  readonly start: number;
  readonly last: number;
  /** Instruction starts in the block. */
  readonly insns: readonly number[];
  readonly func: number;
}

export interface Cfg {
  readonly insns: readonly Decoded[];
  /** Decoded instruction by slot (undefined for the second slot of ld_imm64). */
  readonly at: readonly (Decoded | undefined)[];
  readonly blocks: readonly Block[];
  readonly edges: readonly Edge[];
  /** Function entry slots: 0 and every bpf-to-bpf call target. */
  readonly funcs: readonly number[];
  /** Block id by slot. */
  readonly blockOf: readonly number[];
  /** Problems the kernel's check_cfg reports, as data (verifier/codes.ts words them, as the kernel does). */
  readonly errors: readonly CfgError[];
}

/** A malformed control flow: a code of the verifier's registry and what its message needs. */
export type CfgError = { readonly pc: number } & (
  | { readonly code: "bad-call-target" | "fall-off"; readonly params: Record<never, never> }
  | { readonly code: "ldimm64-middle"; readonly params: { readonly insn: number } }
  | { readonly code: "jump-range"; readonly params: { readonly from: number; readonly to: number } }
);

export function buildCfg(program: Program): Cfg {
  const insns = decodeAll(program.insns);
  const n = program.insns.length;
  const at: (Decoded | undefined)[] = new Array(n);
  for (const d of insns) at[d.pc] = d;
  const errors: CfgError[] = [];

  const funcs = new Set<number>([0]);
  const leaders = new Set<number>([0]);
  for (const d of insns) {
    for (const s of successors(d)) {
      if (s.kind === "call" && (s.to < 0 || s.to >= n)) {
        errors.push({ pc: d.pc, code: "bad-call-target", params: {} });
        continue;
      }
      if (s.to >= 0 && s.to < n && at[s.to] === undefined) {
        errors.push({ pc: d.pc, code: "ldimm64-middle", params: { insn: s.to - 1 } });
        continue;
      }
      if (s.to < 0 || s.to >= n) {
        if (s.kind !== "fallthrough" || s.to !== n) errors.push({ pc: d.pc, code: "jump-range", params: { from: d.pc, to: s.to } });
        continue;
      }
      if (s.kind === "call") funcs.add(s.to);
      if (s.kind !== "fallthrough") leaders.add(s.to);
      if (s.kind === "taken" || s.kind === "call") leaders.add(d.pc + d.slots);
    }
    if (d.valid && (d.spec.kind === "ja" || d.spec.kind === "gotol" || d.spec.kind === "exit") && d.pc + d.slots < n) leaders.add(d.pc + d.slots);
  }
  for (const f of funcs) leaders.add(f);
  // a jump may not leave its function
  const starts = [...funcs].sort((a, b) => a - b);
  const funcOf = (pc: number) => starts.filter((f) => f <= pc).pop() ?? 0;
  for (const d of insns) {
    for (const s of successors(d)) {
      if ((s.kind === "jump" || s.kind === "taken") && s.to >= 0 && s.to < n && funcOf(s.to) !== funcOf(d.pc)) errors.push({ pc: d.pc, code: "jump-range", params: { from: d.pc, to: s.to } });
    }
  }
  errors.sort((a, b) => a.pc - b.pc);

  // the last instruction of each function must not fall through into the next, or off the end
  const last = insns[insns.length - 1];
  if (last && successors(last).some((s) => s.kind === "fallthrough")) errors.push({ pc: last.pc, code: "fall-off", params: {} });

  const blocks: Block[] = [];
  const blockOf: number[] = new Array(n).fill(-1);
  const funcStarts = [...funcs].sort((a, b) => a - b);
  let cur: number[] = [];
  const flush = () => {
    if (!cur.length) return;
    const start = cur[0];
    const func = funcStarts.filter((f) => f <= start).pop() ?? 0;
    const b: Block = { id: blocks.length, start, last: cur[cur.length - 1], insns: cur, func };
    for (const pc of cur) {
      blockOf[pc] = b.id;
      const d = at[pc]!;
      if (d.slots === 2) blockOf[pc + 1] = b.id;
    }
    blocks.push(b);
    cur = [];
  };
  for (const d of insns) {
    if (leaders.has(d.pc)) flush();
    cur.push(d.pc);
    const succ = successors(d);
    if (succ.length !== 1 || succ[0].kind !== "fallthrough") flush();
  }
  flush();

  const edges: Edge[] = [];
  for (const b of blocks) {
    const d = at[b.last]!;
    const succ = successors(d).filter((s) => s.to >= 0 && s.to < n && blockOf[s.to] >= 0);
    for (const s of succ) {
      const to = blockOf[s.to];
      edges.push({ from: b.id, to, kind: s.kind, back: s.kind !== "call" && blocks[to].start <= b.start && blocks[to].func === b.func });
    }
    // a function that falls into the next function's first instruction
    if (succ.some((s) => s.kind === "fallthrough" && funcs.has(s.to) && s.to !== 0) ) {
      errors.push({ pc: d.pc, code: "fall-off", params: {} });
    }
  }
  return { insns, at, blocks, edges, funcs: funcStarts, blockOf, errors };
}

/** Blocks reachable from the entry (calls included). */
export function reachable(cfg: Cfg): Set<number> {
  const seen = new Set<number>();
  const todo = cfg.blocks.length ? [0] : [];
  while (todo.length) {
    const b = todo.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    for (const e of cfg.edges) if (e.from === b) todo.push(e.to);
  }
  return seen;
}
