// Calls and frames. A bpf-to-bpf call pushes a frame (a fresh stack, the caller's r6-r9 and r10
// saved) and its exit pops it; a helper call from compiled code runs the environment's helper
// and clobbers r1-r5; a tail call, which a helper only asks for (Machine.pendingTail), starts
// the chosen program once the helper has returned. The interpreter (interp.ts) and compiled
// code (jit.ts, through the compiler's helper table) both come here.

import { helperName } from "../isa/index.ts";
import { MAX_BPF_STACK as STACK_SIZE, MAX_CALL_FRAMES } from "../isa/limits.ts";
import { predecode } from "./decode.ts";
import type { Machine } from "./machine.ts";
import { HI_TAG, LO_BASE } from "./memory.ts";
import type { Region } from "./memory.ts";

export interface Frame {
  /** Where `exit` returns to in the caller; -1 for the outermost frame. */
  readonly retPc: number;
  /** The caller's r6..r9 and r10, restored on return. */
  readonly saved: Int32Array;
  readonly stack: Region;
  /** Index of the call instruction in the caller, for the call stack view. */
  readonly callPc: number;
}

/** retPc of a frame a helper's callback runs in: its exit returns to the helper, not to code. */
export const CALLBACK_RET = -2;

/** A new frame on `reuse`'s stack or a fresh one; r10 points at its top. */
export function pushFrame(m: Machine, retPc: number, callPc: number, reuse?: Region): void {
  const depth = m.frames.length;
  const stack = reuse ?? m.mem.add("stack", `stack frame ${depth}`, new Uint8Array(STACK_SIZE), true);
  const saved = new Int32Array(10);
  for (let k = 0; k < 5; k++) {
    saved[2 * k] = m.hi[6 + k];
    saved[2 * k + 1] = m.lo[6 + k];
  }
  m.frames.push({ retPc, saved, stack, callPc });
  m.hi[10] = HI_TAG | stack.id;
  m.lo[10] = LO_BASE + STACK_SIZE;
}

/** A bpf-to-bpf call from compiled code. */
export function callLocal(m: Machine, pc: number, target: number): void {
  if (m.frames.length >= MAX_CALL_FRAMES) m.fault("call_depth", `call depth exceeds ${MAX_CALL_FRAMES} frames`, pc);
  pushFrame(m, pc + 1, pc);
  m.pc = target;
}

/** `exit` from a bpf-to-bpf call, from compiled code: restores r6-r9 and r10, returns where to go on. */
export function returnLocal(m: Machine): number {
  const f = m.frames.pop()!;
  for (let k = 0; k < 5; k++) {
    m.hi[6 + k] = f.saved[2 * k];
    m.lo[6 + k] = f.saved[2 * k + 1];
  }
  return f.retPc;
}

/** A helper call from compiled code; registers are in lo/hi. */
export function callHelper(m: Machine, id: number, pc: number): void {
  const fn = m.env.helper(id);
  if (!fn) m.fault("helper", `bpfplay's VM has no helper ${id} (bpf_${helperName(id) ?? "unknown"})`, pc);
  const r = fn(m);
  const lo = m.lo, hi = m.hi;
  hi[0] = r[0];
  lo[0] = r[1];
  // r1-r5 are clobbered; zero them, deterministically (unrolled: a map lookup per packet)
  lo[1] = lo[2] = lo[3] = lo[4] = lo[5] = 0;
  hi[1] = hi[2] = hi[3] = hi[4] = hi[5] = 0;
}

/** Starts the program a tail call chose. */
export function applyTail(m: Machine): void {
  const tail = m.pendingTail!;
  m.pendingTail = undefined;
  m.code = predecode(tail.insns);
  m.hi[1] = tail.r1[0];
  m.lo[1] = tail.r1[1];
  m.pc = tail.entry;
}
