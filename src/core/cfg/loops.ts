// Loops as the kernel numbers them for its level-2 log ("Live regs before insn:"): the strongly
// connected components of the instruction graph within functions (calls go on at the next
// instruction), found by Tarjan's algorithm from each instruction in order.

import type { Decoded } from "../isa/index.ts";
import { flowSuccessors } from "./successors.ts";

/**
 * The loop number of each instruction slot, 0 outside loops. A component is numbered (from 1,
 * in the order it completes) only if it is a loop: two or more instructions, or one that jumps
 * to itself. `succ` defaults to flowSuccessors(at).
 */
export function loops(at: readonly (Decoded | undefined)[], succ: readonly (readonly number[])[] = flowSuccessors(at)): number[] {
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
      if (members.length > 1 || succ[v].includes(v)) {
        for (const w of members) scc[w] = nextId;
        nextId++;
      }
    }
  }
  return scc;
}
