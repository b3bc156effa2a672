// Which registers may be read later, before each instruction: a backward dataflow over the
// instruction graph, as the kernel (6.13+) computes before its walk and prints at log level 2
// ("Live regs before insn:"), with the strongly connected component (loop) of each instruction.
//
//   out(i) = ∪ in(s) for each successor s      in(i) = (out(i) \ def(i)) ∪ use(i)
//
// Calls are not followed into the callee: a call uses its arguments and defines r0-r5.

import type { Decoded } from "../isa/index.ts";
import { helperProto } from "../isa/helper_protos.ts";

const bit = (n: number) => 1 << n;
/** r0-r5, which a call may change. */
const CALLER_SAVED = 0x3f;
const ALL = 0xffff;

/** The registers an instruction reads and writes, as bit masks (bit n = rn). */
export function useDef(d: Decoded): { use: number; def: number } {
  if (!d.valid) return { use: ALL, def: 0 };
  const { spec: s, insn: i } = d;
  const src = bit(i.src);
  const dst = bit(i.dst);
  switch (s.kind) {
    case "lddw":
      return { use: 0, def: dst };
    case "ldabs":
    case "ldind":
      return { use: ALL, def: 0 }; // the kernel keeps its defaults here
    case "ldx":
    case "ldxsx":
    case "load_acq":
      return { use: src, def: dst };
    case "st":
      return { use: dst, def: 0 };
    case "stx":
    case "store_rel":
      return { use: dst | src, def: 0 };
    case "atomic":
      if (s.op.includes("cmpxchg")) return { use: bit(0) | dst | src, def: bit(0) };
      return { use: dst | src, def: i.imm & 1 ? src : 0 }; // BPF_FETCH
    case "end":
      return { use: dst, def: dst };
    case "mov":
    case "movsx":
    case "addr_space_cast":
      return { use: s.source === "reg" || s.kind !== "mov" ? src : 0, def: dst };
    case "alu":
    case "neg":
      return { use: s.source === "reg" ? dst | src : dst, def: dst };
    case "ja":
    case "gotol":
      return { use: 0, def: 0 };
    case "exit":
      return { use: bit(0), def: 0 };
    case "call":
    case "callx": {
      if (s.kind === "call" && s.op === "helper") {
        const p = helperProto(i.imm);
        if (p) return { use: ((1 << (p.args.length + 1)) - 1) & ~1, def: CALLER_SAVED };
      }
      return { use: CALLER_SAVED & ~1, def: CALLER_SAVED };
    }
    case "may_goto":
    case "jcc":
      return { use: s.source === "reg" ? dst | src : dst, def: 0 };
  }
  return { use: ALL, def: 0 };
}

/** Where control goes next within the function (a call returns to the next instruction). */
function next(d: Decoded, n: number): number[] {
  if (!d.valid) return [];
  const { spec: s, insn: i, pc } = d;
  const fall = pc + d.slots;
  const out: number[] = [];
  const add = (t: number) => {
    if (t >= 0 && t < n && !out.includes(t)) out.push(t);
  };
  switch (s.kind) {
    case "exit":
      break;
    case "ja":
      add(pc + i.off + 1);
      break;
    case "gotol":
      add(pc + i.imm + 1);
      break;
    case "jcc":
    case "may_goto":
      add(fall);
      add(pc + i.off + 1);
      break;
    default:
      add(fall);
  }
  return out;
}

export interface Liveness {
  /** Registers live before each instruction (bit n = rn), by slot. */
  readonly before: readonly number[];
  /** The loop (strongly connected component) number of each instruction, 0 outside loops. */
  readonly scc: readonly number[];
}

export function liveness(at: readonly (Decoded | undefined)[]): Liveness {
  const n = at.length;
  // `at` may have holes (second slots of ld_imm64)
  const succ: number[][] = Array.from({ length: n }, (_, pc) => (at[pc] ? next(at[pc]!, n).filter((t) => at[t]) : []));
  const ud = Array.from({ length: n }, (_, pc) => (at[pc] ? useDef(at[pc]!) : { use: 0, def: 0 }));
  const inn = new Array<number>(n).fill(0);
  for (let changed = true; changed; ) {
    changed = false;
    for (let pc = n - 1; pc >= 0; pc--) {
      if (!at[pc]) continue;
      let out = 0;
      for (const s of succ[pc]) out |= inn[s];
      const v = ((out & ~ud[pc].def) | ud[pc].use) & ALL;
      if (v !== inn[pc]) {
        inn[pc] = v;
        changed = true;
      }
    }
  }
  return { before: inn, scc: components(at, succ) };
}

/**
 * Tarjan's strongly connected components, from each instruction in order, successors in the
 * order above; a component is numbered (from 1, in the order it completes) only if it is a loop:
 * two or more instructions, or one that jumps to itself.
 */
function components(at: readonly (Decoded | undefined)[], succ: readonly number[][]): number[] {
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
      if (members.length > 1 || succ[v].includes(v)) {
        for (const w of members) scc[w] = nextId;
        nextId++;
      }
    }
  }
  return scc;
}
