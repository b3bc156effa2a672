// How a run ends. The machine's hot paths answer with a small integer (RAN_*), with r0 or the
// fault left on the machine; a Stop is the value made from it for callers that want one.

import type { Fault } from "./memory.ts";

/** How runRaw ended: the program exited (r0 in lo[0]/hi[0]), the budget ran out, or it faulted (`lastFault`). */
export const RAN_EXIT = 0;
export const RAN_BUDGET = 1;
export const RAN_FAULT = 2;

export type Stop =
  | { readonly kind: "exit"; readonly r0: bigint }
  | { readonly kind: "budget" }
  | { readonly kind: "breakpoint"; readonly pc: number }
  | { readonly kind: "step" }
  | { readonly kind: "fault"; readonly fault: Fault };
