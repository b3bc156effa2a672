// Running compiled code (jit.ts): each decoded program's compiled functions, made once and
// kept per Code; the hot regions their prologue takes into locals; and the loop that runs them,
// handing the interpreter one instruction whenever they stop at one they leave to it (legacy
// packet loads, callx, invalid slots) or at a block that no longer fits the budget, and
// starting the program a tail call chose.

import { bswap16, bswap32, div32, div64, mod32, mod64, mulhiU32 } from "../isa/int64.ts";
import type { Insn } from "../isa/index.ts";
import { atomic } from "./atomic.ts";
import { applyTail, callHelper, callLocal, returnLocal } from "./calls.ts";
import type { Code } from "./decode.ts";
import { interpret } from "./interp.ts";
import { compile, JIT_EXIT, JIT_TAIL } from "./jit.ts";
import type { CompiledCode } from "./jit.ts";
import { ldPseudo } from "./ld.ts";
import type { Machine } from "./machine.ts";
import { FaultError, Memory } from "./memory.ts";
import type { PointerFields, Region } from "./memory.ts";
import { RAN_BUDGET, RAN_EXIT, RAN_FAULT } from "./stop.ts";

/** What compiled code calls by name (jit.ts passes them in as the generated function's parameters). */
const JIT_HELPERS = { mulhi: mulhiU32, div64, mod64, div32, mod32, bswap16, bswap32, atomic, ldPseudo, callHelper, callLocal, returnLocal };
const compiled = new WeakMap<Code, CompiledCode>();

/**
 * What compiled code's hot regions are (jit.ts): the context with packet pointer fields (its high
 * word, the fields' kinds by offset, the packet's offsets) and the packet region. Without such a
 * context the high words are 1, which no pointer has (a scalar's high word may be 1, and then
 * the empty region's bounds send it down the general path).
 */
export interface HotRegions {
  readonly ctxHi: number;
  readonly kindAt: Uint8Array;
  readonly offsets: PointerFields["offsets"] | undefined;
  /** The high word of the packet pointers the context's fields read as. */
  readonly pointerHi: number;
  readonly packet: Region;
  /** The high word the packet's hot test compares: pointerHi, or 1 without a packet. */
  readonly packetHi: number;
}

/** The packet region compiled code sees when the run has no packet: no bytes, nothing in bounds. */
const NO_REGION: Region = new Memory().add("mem", "no packet", new Uint8Array(0), false);
export const NO_HOT: HotRegions = { ctxHi: 1, kindAt: new Uint8Array(0), offsets: undefined, pointerHi: 0, packet: NO_REGION, packetHi: 1 };

/** The hot regions of a context with packet pointer fields (Machine.setCtxPointers); the packet's region must be in `mem` already. */
export function hotRegions(mem: Memory, pointers: PointerFields, ctxHi: number): HotRegions {
  return { ctxHi, kindAt: pointers.kindAt, offsets: pointers.offsets, pointerHi: pointers.hi, packet: mem.regions[pointers.hi & 0xffffff] ?? NO_REGION, packetHi: pointers.hi };
}

/**
 * Machine.runFromStart: reset(insns), r1 set to [r1Hi, r1Lo] (the context), then runRaw(budget).
 * When the compiled entry of a program without loops is at hand (every run after the first) it
 * is called straight away: after a reset the conditions runCompiled checks before calling it
 * hold (pc 0, one frame); what it leaves (a tail call, an instruction left to the interpreter)
 * goes on in runCompiled.
 */
export function runFromStart(m: Machine, insns: readonly Insn[], r1Hi: number, r1Lo: number, budget: number): number {
  m.reset(insns);
  const lo = m.lo, hi = m.hi;
  hi[1] = r1Hi;
  lo[1] = r1Lo;
  const fn = m.fn;
  const entry = fn !== undefined && m.fnCode === m.code ? fn.entry : undefined;
  if (entry === undefined || !m.jit || budget < m.jitMinBudget || budget < fn!.length) return m.runOn(budget, -1);
  m.budgetEnd = budget;
  let r: number;
  try {
    r = entry(m, lo, hi, budget);
  } catch (e) {
    if (e instanceof FaultError) {
      m.lastFault = e.fault;
      return (m.ended = RAN_FAULT);
    }
    throw e;
  }
  if (r === JIT_EXIT) return (m.ended = RAN_EXIT);
  return m.runOn(budget - m.executed, r);
}

/**
 * Runs compiled code for at most `budget` instructions: RAN_EXIT or RAN_BUDGET; a fault throws.
 * `first` is what a compiled function that already ran returned (runFromStart), its
 * instructions out of the budget, else -1.
 */
export function runCompiled(m: Machine, budget: number, first: number): number {
  let left = budget;
  let r = first;
  for (;;) {
    if (r < 0) {
      const c = m.code;
      let fn = c === m.fnCode ? m.fn : compiled.get(c);
      if (!fn) {
        fn = compile(c, JIT_HELPERS);
        compiled.set(c, fn);
      }
      m.fnCode = c;
      m.fn = fn;
      const before = m.executed;
      // a whole run of a program without loops: the straight function (jit.ts, CompiledCode.entry)
      const entry = fn.entry;
      r = entry !== undefined && m.pc === 0 && left >= fn.length && m.frames.length === 1 ? entry(m, m.lo, m.hi, left) : fn.any(m, m.lo, m.hi, left);
      left -= m.executed - before;
    }
    if (r === JIT_EXIT) return RAN_EXIT;
    const was = r;
    r = -1;
    if (was === JIT_TAIL) {
      applyTail(m);
      continue;
    }
    if (left <= 0) return RAN_BUDGET;
    // the next instruction is one the compiler leaves to the interpreter, or the next block does not fit
    const k = interpret(m, 1);
    left -= 1;
    if (k !== RAN_BUDGET) return k;
  }
}
