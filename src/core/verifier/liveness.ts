// Which registers may be read later, before each instruction: a backward dataflow over the
// instruction graph, as the kernel (6.13+) computes before its walk and prints at log level 2
// ("Live regs before insn:"), with the strongly connected component (loop) of each instruction.
//
//   out(i) = ∪ in(s) for each successor s      in(i) = (out(i) \ def(i)) ∪ use(i)
//
// Calls are not followed into the callee: a call uses its arguments and defines r0-r5. What
// each instruction uses and defines is in effects.ts; successors and loops come from the cfg.

import { flowSuccessors, loops } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import { useDef } from "./effects.ts";

/** Every register a backward pass may carry (the kernel's 16-bit masks). */
const ALL = 0xffff;

export interface Liveness {
  /** Registers live before each instruction (bit n = rn), by slot. */
  readonly before: readonly number[];
  /** The loop (strongly connected component) number of each instruction, 0 outside loops. */
  readonly scc: readonly number[];
}

export function liveness(at: readonly (Decoded | undefined)[]): Liveness {
  const n = at.length;
  // `at` may have holes (second slots of ld_imm64)
  const succ = flowSuccessors(at);
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
  return { before: inn, scc: loops(at, succ) };
}
