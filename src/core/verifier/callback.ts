// Callbacks (bpf_loop's): a program with BTF func_info may take a function's address
// (ld_imm64 src 4, PTR_TO_FUNC) and pass it to a helper that calls it. As the kernel does, the
// callback is verified as a new frame pushed at the call, with the arguments the helper gives it
// (push_callback_call, set_loop_callback_state), and must return a value in [0, 1].
//
// One difference, kept on purpose small: the kernel goes back to the call after the callback
// returns and verifies it again until the states converge (the callback may run any number of
// times). Here the callback is verified once and its path ends at its exit; the caller goes on
// as if it had not run (one of the kernel's states), with every number the callback could have
// changed on the caller's stack (through its context pointer) forgotten, which stands for the
// states after one or more runs.

import { helperName } from "../isa/index.ts";
import type { Decoded } from "../isa/index.ts";
import { MAX_CALL_FRAMES } from "../isa/limits.ts";
import { VerifyError } from "./error.ts";
import { notInit, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { Byte, cloneState, entryFrame } from "./state.ts";
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

/** At the helper call, before its own effects: queues the callback's verification. */
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
  fork(cb);
}

/** After the call, in the caller: numbers on the stack the callback's context points into are unknown. */
export function forgetCallbackWrites(st: State, helper: string, ctx: Reg): void {
  if (ctx.type !== "fp" || !callsBack(helper)) return;
  const f = st.frames[ctx.frame];
  if (!f) return;
  for (const sl of f.stack) {
    if (!sl) continue;
    if (sl.spilled?.type === "scalar") sl.spilled = unknownScalar();
    for (let b = 0; b < sl.bytes.length; b++) if (sl.bytes[b] === Byte.Zero) sl.bytes[b] = Byte.Misc;
  }
}

/** The callback's exit: R0 in [0, 1], then this path ends. */
export function callbackExit(pc: number, r0: Reg): "exit" {
  if (r0.type !== "scalar") throw new VerifyError(pc, "callback-ret", { has: `type ${r0.type}` });
  if (r0.smin < 0n || r0.smax > 1n) {
    const has = r0.smin === r0.smax ? `smin=${r0.smin} smax=${r0.smax}` : r0.smin === -(1n << 63n) && r0.smax === (1n << 63n) - 1n ? "unknown scalar value" : `smin=${r0.smin} smax=${r0.smax}`;
    throw new VerifyError(pc, "callback-ret", { has });
  }
  return "exit";
}
