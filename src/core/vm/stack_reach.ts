// How far down the entry frame's stack a program can write, found from its text: a runner
// clears only [lowest, 512) between inputs instead of all 512 bytes (a call to fill costs more
// than the run of a small program). The answer must never be too high, or bytes one input left
// would show in the next; so anything this does not follow gives 0 (clear it all).
//
// What it follows, within one straight run of instructions (no jump target inside, nothing live
// across a jump): r10 as the base of loads and stores with a constant offset, and registers copied
// from r10 and moved by constants (`r2 = r10; r2 += -4`), used as the base of loads and stores or
// handed to a helper (which writes only forward from the pointer it is given). A stack pointer
// that is stored, used in other arithmetic, passed to a bpf-to-bpf call, or alive at a jump or a
// jump target gives up; so do tail calls, callx, function pointers (callbacks) and legacy loads.

import type { Insn } from "../isa/index.ts";
import { MAX_BPF_STACK } from "../isa/limits.ts";

const TAIL_CALL = 12;

/** The lowest byte offset of the entry stack (0..512) that a run of `insns` may write; 512 when none. */
export function lowestStackWrite(insns: readonly Insn[]): number {
  const n = insns.length;
  const targets = new Uint8Array(n + 1);
  for (let pc = 0; pc < n; pc++) {
    const i = insns[pc];
    const cls = i.code & 7;
    if (i.code === 0x18) {
      pc++;
      continue;
    }
    if ((cls === 5 || cls === 6) && i.code !== 0x85 && i.code !== 0x95) {
      const to = pc + 1 + (i.code === 0x06 ? i.imm : i.off);
      if (to >= 0 && to <= n) targets[to] = 1;
    }
  }
  // offset from r10 of each register that holds a stack pointer, NaN when it holds none
  const fp = new Float64Array(11).fill(NaN);
  const clear = () => fp.fill(NaN);
  const tracked = () => fp.some((v, k) => k !== 10 && !Number.isNaN(v));
  let low = MAX_BPF_STACK;
  const wrote = (at: number) => (low = Math.min(low, Math.max(0, MAX_BPF_STACK + at)));
  const isPtr = (r: number) => r === 10 || !Number.isNaN(fp[r]);
  const off = (r: number) => (r === 10 ? 0 : fp[r]);
  for (let pc = 0; pc < n; pc++) {
    const i = insns[pc];
    const { code, dst: d, src: s } = i;
    if (d > 10 || s > 10) return 0;
    if (targets[pc] && tracked()) return 0;
    const cls = code & 7;
    if (code === 0x18) {
      if (s === 4 || d === 10) return 0; // a function pointer: a callback may get a stack pointer
      fp[d] = NaN;
      pc++;
      continue;
    }
    if (cls === 0) return 0;
    if (cls === 1) {
      // a load: reads through its base, writes dst
      if (d === 10) return 0;
      fp[d] = NaN;
      continue;
    }
    if (cls === 2 || cls === 3) {
      // a store (or an atomic): the value must not be a stack pointer
      if (cls === 3 && isPtr(s)) return 0;
      if (isPtr(d)) wrote(off(d) + i.off);
      if (cls === 3 && (code & 0xe0) === 0xc0) {
        // fetch forms write src, cmpxchg r0
        if (i.imm & 1) fp[s] = NaN;
        if (i.imm === 0xf1) fp[0] = NaN;
      }
      continue;
    }
    if (cls === 4 || cls === 7) {
      const x = (code & 8) !== 0;
      const op = code & 0xf0;
      if (d === 10) return 0;
      if (x && isPtr(s)) {
        // only a 64-bit copy of a stack pointer is followed
        if (code !== 0xbf || i.off !== 0) return 0;
        fp[d] = off(s);
        continue;
      }
      if (code === 0x07 && isPtr(d)) {
        fp[d] += i.imm;
        continue;
      }
      if (code === 0x17 && isPtr(d)) {
        fp[d] -= i.imm;
        continue;
      }
      if (op !== 0xb0 && isPtr(d)) return 0; // other arithmetic on a stack pointer
      fp[d] = NaN;
      continue;
    }
    // jumps, calls, exit
    if (code === 0x85) {
      if (s !== 0 || i.imm === TAIL_CALL) return 0;
      for (let k = 1; k <= 5; k++) if (isPtr(k)) wrote(off(k));
      for (let k = 0; k <= 5; k++) fp[k] = NaN;
      continue;
    }
    if (code === 0x8d) return 0;
    if (code === 0x95) {
      // with no bpf-to-bpf calls (given up above), exit ends the run: what it leaves is dead
      clear();
      continue;
    }
    // a jump: nothing may stay alive across it
    if (tracked()) return 0;
  }
  return low;
}
