// Callbacks (bpf_loop's): a program with BTF func_info may take a function's address
// (ld_imm64 src 4, PTR_TO_FUNC) and pass it to a helper that calls it. As the kernel does
// (push_callback_call, prepare_func_exit), the call pushes the callback as a path of its own, a
// new frame with the arguments the helper gives it (set_loop_callback_state), and goes on as if
// the callback had not run. The callback must return a value in [0, 1]; its exit goes back to the
// call, in the caller's state as the callback left it, with the scalars that changed since the
// call was last reached forgotten unless they had to be precise (widen_imprecise_scalars). There
// the call pushes its callback again, in that state, while it has pushed it fewer times than the
// loop's count allows, until a state stored at the call covers the one coming back (states at the
// call are compared by ranges: prune.ts). So the callback is verified in the state after every
// number of runs the verifier can tell apart, not only after none.

import { helperName } from "../isa/index.ts";
import type { Decoded } from "../isa/index.ts";
import { MAX_CALL_FRAMES } from "../isa/limits.ts";
import { VerifyError } from "./error.ts";
import { notInit, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { cloneState, entryFrame } from "./state.ts";
import type { State } from "./state.ts";

/** Helpers that call a function argument, and which argument register holds its context. */
const CALLERS: Readonly<Record<string, { readonly ctxArg: number }>> = { loop: { ctxArg: 3 } };

export const callsBack = (helper: string): boolean => helper in CALLERS;

/** By slot, the calls of helpers that call back (the kernel's calls_callback marks). */
export function callbackCalls(at: readonly (Decoded | undefined)[]): Uint8Array {
  const out = new Uint8Array(at.length);
  for (const d of at) {
    if (!d?.valid || d.spec.kind !== "call" || d.spec.op !== "helper") continue;
    const helper = helperName(d.insn.imm);
    if (helper !== undefined && callsBack(helper)) out[d.pc] = 1;
  }
  return out;
}

/**
 * At the helper call, after its arguments were checked: queues the callback's verification, in a
 * copy of this state with the callback's frame pushed (one more callback frame on its way, one
 * more push counted in the caller's frame); this path's count starts again (push_callback_call).
 */
export function pushCallback(st: State, pc: number, helper: string, target: number, fork: (s: State) => void): void {
  if (st.frames.length >= MAX_CALL_FRAMES) throw new VerifyError(pc, "call-depth", { frames: st.frames.length + 1 });
  const cb = cloneState(st);
  const caller = cb.frames[cb.frames.length - 1];
  const frame = { ...entryFrame(cb.frames.length, pc, target), callback: true as const };
  // bpf_loop: callback(u32 index, void *ctx)
  frame.regs[1] = unknownScalar();
  frame.regs[2] = { ...caller.regs[CALLERS[helper].ctxArg] };
  for (let k = 3; k <= 5; k++) frame.regs[k] = notInit();
  cb.frames.push(frame);
  cb.pc = target;
  cb.callbackUnroll++;
  caller.callbackDepth++;
  st.frames[st.frames.length - 1].callbackDepth = 0;
  fork(cb);
}

/** Refuses a callback's return value that is not a scalar (before it is marked precise). */
export function callbackReturnType(pc: number, r0: Reg): void {
  if (r0.type !== "scalar") throw new VerifyError(pc, "callback-ret", { has: `type ${r0.type}` });
}

/** A callback's return value must be in [0, 1] (after it was marked precise). */
export function callbackReturnRange(pc: number, r0: Reg): void {
  if (r0.smin < 0n || r0.smax > 1n) {
    throw new VerifyError(pc, "callback-ret", { has: scalarHas(r0) });
  }
}

/**
 * What verbose_invalid_scalar says a scalar has: each of smin and smax that is a bound (not the
 * s64 limit), or `unknown scalar value` when neither is.
 */
export function scalarHas(r: Reg): string {
  const parts: string[] = [];
  if (r.smin > -(1n << 63n)) parts.push(`smin=${r.smin}`);
  if (r.smax < (1n << 63n) - 1n) parts.push(`smax=${r.smax}`);
  return parts.length ? parts.join(" ") : "unknown scalar value";
}
