// The atomic instructions (BPF_STX | BPF_ATOMIC, sizes 1-8): a read, a change and a write through
// the machine's checked loads and stores, with the old value to src for the fetch forms and to
// r0 for cmpxchg. The interpreter calls this for every atomic, compiled code (jit.ts) for all
// but add and fetch_add into plain bytes, which it makes inline. A single-threaded machine
// needs no more to be atomic.

import type { Pair } from "../isa/int64.ts";
import type { Machine } from "./machine.ts";

/** An atomic instruction at `pc` (opcode `code`, its imm `op`); registers in the machine's lo/hi. */
export function atomic(m: Machine, pc: number, code: number, d: number, s: number, o: number, op: number): void {
  const L = m.lo, H = m.hi;
  const size = code === 0xdb ? 8 : code === 0xc3 ? 4 : code === 0xcb ? 2 : 1;
  if (op === 0x100) {
    // load-acquire: dst = *(src + off)
    const [bh, bl] = effective(H[s], L[s], o);
    L[d] = m.load(bh, bl, size, pc);
    H[d] = m.loadHi;
    return;
  }
  const [ah, al] = effective(H[d], L[d], o);
  if (op === 0x110) {
    m.store(ah, al, size, H[s], L[s], pc);
    return;
  }
  const oldLo = m.load(ah, al, size, pc);
  const oldHi = size === 8 ? m.loadHi : 0;
  const base = op & ~1;
  let nh = oldHi, nl = oldLo;
  const bh = size === 8 ? H[s] : 0, bl = L[s];
  if (base === 0x00) {
    nl = (oldLo + bl) | 0;
    nh = size === 8 ? (oldHi + bh + ((nl >>> 0) < (oldLo >>> 0) ? 1 : 0)) | 0 : 0;
  } else if (base === 0x40) {
    nl = oldLo | bl;
    nh = oldHi | bh;
  } else if (base === 0x50) {
    nl = oldLo & bl;
    nh = oldHi & bh;
  } else if (base === 0xa0) {
    nl = oldLo ^ bl;
    nh = oldHi ^ bh;
  } else if (base === 0xe0) {
    nl = bl;
    nh = bh;
  } else if (base === 0xf0) {
    const eq = size === 8 ? oldLo === L[0] && oldHi === H[0] : oldLo === L[0];
    if (eq) m.store(ah, al, size, bh, bl, pc);
    L[0] = oldLo;
    H[0] = oldHi;
    return;
  }
  m.store(ah, al, size, nh, nl, pc);
  if (op & 1) {
    L[s] = oldLo;
    H[s] = oldHi;
  }
}

/** dst + off as a 64-bit address. */
function effective(hi: number, lo: number, off: number): Pair {
  const r = (lo + off) | 0;
  return [(hi + (off >> 31) + ((r >>> 0) < (lo >>> 0) ? 1 : 0)) | 0, r];
}
