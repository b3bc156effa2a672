// A helper's callback into the program (bpf_loop's callback_fn): a subprogram run to its exit
// in a frame of its own, inside the one step of the helper call, by the interpreter (compiled
// code gives the helper every register first, jit.ts). Its instructions count toward the run.

import type { Pair } from "../isa/int64.ts";
import { MAX_BPF_STACK as STACK_SIZE, MAX_CALL_FRAMES, RUN_BUDGET } from "../isa/limits.ts";
import { CALLBACK_RET, pushFrame } from "./calls.ts";
import { interpret } from "./interp.ts";
import type { Machine } from "./machine.ts";
import { RAN_EXIT } from "./stop.ts";

/**
 * Where the callbacks of one helper call must end, in executed instructions: the run's budget,
 * or a run's worth when that is smaller (a debugger step, a budget of 1, still runs them all).
 */
export function callbackDeadline(m: Machine): number {
  return Math.max(m.budgetEnd, m.executed + RUN_BUDGET);
}

/**
 * Runs the subprogram at `entry` in a new frame, with r1-r5 from `args`, to its exit; returns
 * its r0. r6-r10 come back as they were. It faults when its instructions pass `deadline`. The
 * frame's stack is the one kept for its call depth (Machine.callbackStacks), made on first use.
 */
export function callback(m: Machine, entry: number, args: readonly Pair[], label: string, deadline: number): Pair {
  const pc = m.pc;
  const depth = m.frames.length;
  if (depth >= MAX_CALL_FRAMES) m.fault("call_depth", `${label}: call depth exceeds ${MAX_CALL_FRAMES} frames`, pc);
  if (entry < 0 || entry >= m.length) m.fault("helper", `${label}: the callback at ${entry} is outside the program`, pc);
  const stack = (m.callbackStacks[depth] ??= m.mem.add("stack", `stack frame ${depth} (callback)`, new Uint8Array(STACK_SIZE), true));
  pushFrame(m, CALLBACK_RET, pc, stack);
  for (let k = 1; k <= 5; k++) m.setReg(k, args[k - 1] ?? [0, 0]);
  m.pc = entry;
  const k = interpret(m, Math.max(0, deadline - m.executed));
  if (k !== RAN_EXIT) m.fault("budget", `${label}: the callback ran out of the run's instruction budget`, m.pc);
  m.pc = pc;
  return [m.hi[0], m.lo[0]];
}
