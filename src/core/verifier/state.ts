// The verifier's state on one path: frames (registers and stack slots), references held,
// and how to copy, compare and print it.

import { cloneReg, notInit, pointer } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { tIn } from "./tnum.ts";

/** What a stack byte holds (the kernel's STACK_INVALID, STACK_MISC, STACK_ZERO, STACK_SPILL). */
export const enum Byte {
  Invalid = 0,
  Misc = 1,
  Zero = 2,
  Spill = 3,
}

export interface Slot {
  /** Byte kinds, index 0 = lowest address of the slot. */
  readonly bytes: Uint8Array;
  /** The register spilled here, when all 8 bytes (or its low bytes) hold a spill. */
  spilled?: Reg;
}

export interface Frame {
  regs: Reg[];
  /** Slot k covers [fp - 8(k+1), fp - 8k). */
  stack: (Slot | undefined)[];
  /** The call instruction that made this frame (-1 for the entry frame). */
  readonly callsite: number;
  /** First instruction of the function. */
  readonly start: number;
  readonly index: number;
}

export interface State {
  frames: Frame[];
  /** Acquired references not yet released: ringbuf records. */
  refs: { id: number; insn: number }[];
  /** Where this state is. */
  pc: number;
}

export function entryFrame(index: number, callsite: number, start: number): Frame {
  const regs = Array.from({ length: 11 }, () => notInit());
  regs[10] = pointer("fp", { frame: index });
  return { regs, stack: [], callsite, start, index };
}

export function cloneState(s: State): State {
  return {
    frames: s.frames.map((f) => ({
      ...f,
      regs: f.regs.map(cloneReg),
      stack: f.stack.map((sl) => (sl ? { bytes: sl.bytes.slice(), spilled: sl.spilled && cloneReg(sl.spilled) } : undefined)),
    })),
    refs: s.refs.slice(),
    pc: s.pc,
  };
}

/** Whether `old` covers `cur`: every value `cur` allows, `old` allowed too (so cur is safe if old was). */
function regCovers(old: Reg, cur: Reg): boolean {
  if (old.type === "not_init") return true;
  if (old.type !== cur.type) return false;
  if (old.type === "scalar") return old.umin <= cur.umin && old.umax >= cur.umax && old.smin <= cur.smin && old.smax >= cur.smax && tIn(old.var, cur.var);
  if (old.off !== cur.off || old.map !== cur.map || old.frame !== cur.frame || old.memSize !== cur.memSize) return false;
  // which reference a pointer holds decides what a release invalidates (stricter than the kernel's id map)
  if (old.refId !== cur.refId) return false;
  if ((old.type === "pkt" || old.type === "pkt_meta") && old.range > cur.range) return false;
  if ((old.id !== 0) !== (cur.id !== 0) && (old.type.endsWith("_or_null"))) return false;
  return old.umin <= cur.umin && old.umax >= cur.umax && tIn(old.var, cur.var);
}

export function stateCovers(old: State, cur: State): boolean {
  if (old.frames.length !== cur.frames.length || old.refs.length !== cur.refs.length) return false;
  for (let f = 0; f < old.frames.length; f++) {
    const a = old.frames[f];
    const b = cur.frames[f];
    if (a.callsite !== b.callsite) return false;
    for (let k = 0; k < 11; k++) if (!regCovers(a.regs[k], b.regs[k])) return false;
    const n = Math.max(a.stack.length, b.stack.length);
    for (let k = 0; k < n; k++) {
      const sa = a.stack[k];
      const sb = b.stack[k];
      if (!sa) continue; // old had nothing there: anything is as safe
      for (let j = 0; j < 8; j++) {
        const ta = sa.bytes[j];
        const tb = sb ? sb.bytes[j] : Byte.Invalid;
        if (ta === Byte.Invalid) continue;
        if (ta === Byte.Misc && (tb === Byte.Misc || tb === Byte.Zero)) continue;
        if (ta !== tb) return false;
      }
      if (sa.spilled && (!sb?.spilled || !regCovers(sa.spilled, sb.spilled))) return false;
    }
  }
  return true;
}

/** Exact equality, for "infinite loop detected". */
export function stateEquals(a: State, b: State): boolean {
  return stateCovers(a, b) && stateCovers(b, a);
}
