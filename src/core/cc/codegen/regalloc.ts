// Register allocation: liveness over the blocks, dead-code removal, one live interval per virtual
// register (the hull of where it is live), then a greedy scan in order of interval start.
//
// Positions: instruction n reads at 2n and writes at 2n+1, so a value whose last use is an
// instruction can share its register with that instruction's result (`mov d, s` then disappears).
// A call clobbers r0-r5 at its write position, so values live across it land in r6-r9. When no
// register is free, the interval that reaches furthest is spilled to an 8-byte stack slot and the
// allocation starts over with short reload/store temporaries in its place.

import type { Frame } from "./frame.ts";
import { FIRST_VREG, R10, defs, isPure, isVirtual, mapRegs, mapTermRegs, successors, termUses, uses } from "./ir.ts";
import type { Block, Insn, IrFunc, VReg } from "./ir.ts";

export interface Allocation {
  /** Machine register of every virtual register that has one. */
  readonly reg: Map<VReg, number>;
  /** Frame offset of every spilled virtual register. */
  readonly spill: Map<VReg, number>;
  /** Interval of every virtual register, in positions (hull of its live ranges). */
  readonly interval: Map<VReg, [number, number]>;
  /** Live ranges of every virtual register, in positions. */
  readonly segments: Map<VReg, [number, number][]>;
  /** Position of each instruction (by object) after the final round. */
  readonly pos: Map<Insn, number>;
}

const CALLER_SAVED = [1, 2, 3, 4, 5, 0];
const CALLEE_SAVED = [6, 7, 8, 9];

/** Drops blocks no path reaches. */
export function removeUnreachable(f: IrFunc): void {
  const seen = new Set<Block>();
  const work = [f.blocks[0]];
  while (work.length) {
    const b = work.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    work.push(...successors(b));
  }
  f.blocks = f.blocks.filter((b) => seen.has(b));
}

/**
 * Register sets as bit rows: row i of a `Bits` table is words [i * width, (i + 1) * width).
 * Liveness and the allocator's occupancy tables are plain bit operations on them, which matters
 * because the whole compiler runs on every keystroke.
 */
interface Bits {
  readonly width: number;
  readonly words: Uint32Array;
}

const bits = (rows: number, size: number): Bits => {
  const width = (size + 32) >>> 5;
  return { width, words: new Uint32Array(rows * width) };
};
const has = (b: Bits, row: number, x: number): boolean => (b.words[row * b.width + (x >>> 5)] & (1 << (x & 31))) !== 0;
const set = (b: Bits, row: number, x: number): void => {
  b.words[row * b.width + (x >>> 5)] |= 1 << (x & 31);
};
const clear = (b: Bits, row: number, x: number): void => {
  b.words[row * b.width + (x >>> 5)] &= ~(1 << (x & 31));
};
/** Calls `f` with each member of row `row`, in increasing order. */
function eachIn(b: Bits, row: number, f: (x: number) => void): void {
  const base = row * b.width;
  for (let w = 0; w < b.width; w++) {
    for (let m = b.words[base + w]; m !== 0; m &= m - 1) f((w << 5) | (31 - Math.clz32(m & -m)));
  }
}
/** Is any of x in [lo, hi] a member of row `row`? */
function anyIn(b: Bits, row: number, lo: number, hi: number): boolean {
  const base = row * b.width, wl = lo >>> 5, wh = hi >>> 5;
  const ml = -1 << (lo & 31), mh = -1 >>> (31 - (hi & 31));
  if (wl === wh) return (b.words[base + wl] & ml & mh) !== 0;
  if ((b.words[base + wl] & ml) !== 0 || (b.words[base + wh] & mh) !== 0) return true;
  for (let w = wl + 1; w < wh; w++) if (b.words[base + w] !== 0) return true;
  return false;
}
/** Adds every x in [lo, hi] to row `row`. */
function addRange(b: Bits, row: number, lo: number, hi: number): void {
  const base = row * b.width, wl = lo >>> 5, wh = hi >>> 5;
  const ml = -1 << (lo & 31), mh = -1 >>> (31 - (hi & 31));
  if (wl === wh) {
    b.words[base + wl] |= ml & mh;
    return;
  }
  b.words[base + wl] |= ml;
  b.words[base + wh] |= mh;
  for (let w = wl + 1; w < wh; w++) b.words[base + w] = -1;
}

/** Registers live at the end of each block (row = index in f.blocks), by the usual backward fixed point. */
function liveness(f: IrFunc): Bits {
  const n = f.blocks.length;
  // Per block: registers read before any write (gen) and registers written (kill), computed once.
  const gen = bits(n, f.nextVreg), kill = bits(n, f.nextVreg), live = bits(n, f.nextVreg), out = bits(n, f.nextVreg);
  const W = gen.width;
  const index = new Map<Block, number>();
  const succ: number[][] = [];
  for (let i = 0; i < n; i++) index.set(f.blocks[i], i);
  for (let i = 0; i < n; i++) {
    const b = f.blocks[i];
    succ.push(successors(b).map((s) => index.get(s)!));
    for (const u of termUses(b.term)) set(gen, i, u);
    for (let k = b.insns.length - 1; k >= 0; k--) {
      const o = b.insns[k].op;
      for (const d of defs(o)) {
        clear(gen, i, d);
        set(kill, i, d);
      }
      for (const u of uses(o)) set(gen, i, u);
    }
  }
  live.words.set(gen.words);
  const { words: inn } = live, { words: o } = out, { words: k } = kill;
  for (let changed = true, rounds = 0; changed && rounds < 10_000; rounds++) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      for (const s of succ[i]) {
        for (let w = 0; w < W; w++) {
          const fresh = inn[s * W + w] & ~o[i * W + w];
          if (fresh === 0) continue;
          o[i * W + w] |= fresh;
          const grow = fresh & ~k[i * W + w] & ~inn[i * W + w];
          if (grow !== 0) {
            inn[i * W + w] |= grow;
            changed = true;
          }
        }
      }
    }
  }
  return out;
}

/** Removes pure instructions whose results nobody reads; true if it removed any. */
function deadCode(f: IrFunc, liveOut: Bits): boolean {
  let removed = false;
  const live = bits(1, f.nextVreg);
  for (let i = 0; i < f.blocks.length; i++) {
    const b = f.blocks[i];
    live.words.set(liveOut.words.subarray(i * live.width, (i + 1) * live.width));
    for (const r of termUses(b.term)) set(live, 0, r);
    const keep: Insn[] = [];
    for (let k = b.insns.length - 1; k >= 0; k--) {
      const ins = b.insns[k];
      const ds = defs(ins.op);
      const o = ins.op;
      const selfMove = o.k === "mov" && o.s === o.d && o.w === 64;
      if (selfMove || (isPure(o) && ds.length > 0 && ds.every((d) => !has(live, 0, d) && d !== R10))) {
        if (ins.stmt) {
          const next = keep[keep.length - 1];
          if (next && !next.stmt && next.loc?.line === ins.loc?.line) next.stmt = true;
          else if (!next && ins.loc) b.lostStmt = ins.loc;
        }
        removed = true;
        continue;
      }
      for (const d of ds) clear(live, 0, d);
      for (const u of uses(o)) set(live, 0, u);
      keep.push(ins);
    }
    if (keep.length !== b.insns.length) b.insns = keep.reverse();
  }
  return removed;
}

interface Ranges {
  /** Per virtual register, the closed position ranges where it is live (with holes between). */
  vregs: Map<VReg, [number, number][]>;
  /** Per machine register, closed ranges where it is taken by fixed uses and call clobbers. */
  fixed: [number, number][][];
  /** Per virtual register, registers it would like (moves to and from it). */
  hints: Map<VReg, number[]>;
  /** Write positions of calls, ascending. */
  calls: number[];
  /** One past the last position. */
  end: number;
}

function ranges(f: IrFunc, liveOut: Bits): Ranges {
  const vregs = new Map<VReg, [number, number][]>();
  const fixed: [number, number][][] = Array.from({ length: 11 }, () => []);
  const hints = new Map<VReg, number[]>();
  const calls: number[] = [];
  const close = (r: VReg, from: number, to: number) => {
    if (r === R10) return;
    if (!isVirtual(r)) return void fixed[r].push([from, to]);
    const list = vregs.get(r);
    if (list) list.push([from, to]);
    else vregs.set(r, [[from, to]]);
  };
  const hint = (v: VReg, r: VReg) => {
    if (!isVirtual(v)) return;
    const h = hints.get(v);
    if (h) h.push(r);
    else hints.set(v, [r]);
  };
  // Walking backwards: open[r] is the last position r is needed at (-1: not live); `live` lists
  // the registers opened in this block (closed ones are skipped by the -1).
  const open = new Int32Array(f.nextVreg).fill(-1);
  const live: VReg[] = [];
  const need = (r: VReg, at: number) => {
    if (open[r] >= 0) return;
    open[r] = at;
    live.push(r);
  };
  let n = 0;
  for (let i = 0; i < f.blocks.length; i++) {
    const b = f.blocks[i];
    const start = n;
    const end = start + b.insns.length;
    n = end + 1;
    eachIn(liveOut, i, (r) => need(r, 2 * end + 1));
    for (const r of termUses(b.term)) need(r, 2 * end);
    for (let k = b.insns.length - 1; k >= 0; k--) {
      const ins = b.insns[k];
      const p = start + k;
      const o = ins.op;
      if (o.k === "call" || o.k === "ldabs") {
        calls.push(2 * p + 1);
        for (let r = 1; r <= 5; r++) fixed[r].push([2 * p + 1, 2 * p + 1]);
      }
      for (const d of defs(o)) {
        close(d, 2 * p + 1, open[d] >= 0 ? open[d] : 2 * p + 1);
        open[d] = -1;
      }
      for (const u of uses(o)) need(u, 2 * p);
      if (o.k === "mov" && o.s !== undefined) {
        hint(o.d, o.s);
        hint(o.s, o.d);
      }
    }
    for (const r of live) {
      if (open[r] < 0) continue;
      close(r, 2 * start, open[r]);
      open[r] = -1;
    }
    live.length = 0;
  }
  calls.sort((a, b) => a - b);
  return { vregs, fixed, hints, calls, end: 2 * n + 2 };
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
const collide = (a: readonly [number, number][], b: readonly [number, number][]) => a.some((x) => b.some((y) => overlaps(x, y)));
function hull(segs: readonly [number, number][]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const [a, b] of segs) {
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return [lo, hi];
}

/** Does a call's clobber fall strictly inside one of the segments? (`calls` ascending) */
function crossesCall(calls: readonly number[], segs: readonly [number, number][]): boolean {
  for (const [a, b] of segs) {
    // The first call after a.
    let lo = 0, hi = calls.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (calls[mid] <= a) lo = mid + 1;
      else hi = mid;
    }
    if (lo < calls.length && calls[lo] < b) return true;
  }
  return false;
}

/** Allocates every virtual register of f; may add spill code and frame slots. */
export function allocate(f: IrFunc, frame: Frame): Allocation {
  removeUnreachable(f);
  frame.sealLocals();
  const spill = new Map<VReg, number>();
  const unspillable = new Set<VReg>();
  for (let round = 0; round < 64; round++) {
    let liveOut = liveness(f);
    while (deadCode(f, liveOut)) liveOut = liveness(f);
    const R = ranges(f, liveOut);
    // taken: per machine register, the positions where it already holds something.
    const taken = bits(11, R.end);
    R.fixed.forEach((segs, r) => {
      for (const [a, b] of segs) addRange(taken, r, a, b);
    });
    const collides = (r: number, segs: readonly [number, number][]) => segs.some(([a, b]) => anyIn(taken, r, a, b));
    // Machine register of each virtual one (-1: none yet), and the virtual ones in the order they got one.
    const regOf = new Int8Array(f.nextVreg).fill(-1);
    const assigned: VReg[] = [];
    const regAt = (h: VReg): number | undefined => (isVirtual(h) ? (regOf[h] >= 0 ? regOf[h] : undefined) : h);
    const order = [...R.vregs.entries()].map(([v, segs]) => [v, segs, hull(segs)] as const).sort((a, b) => a[2][0] - b[2][0] || a[0] - b[0]);
    let victim: VReg | undefined;
    const prefs: number[] = [];
    const prefer = (r: number | undefined) => {
      if (r !== undefined && r !== R10 && !prefs.includes(r)) prefs.push(r);
    };
    for (const [v, segs, iv] of order) {
      const crosses = crossesCall(R.calls, segs);
      prefs.length = 0;
      // Registers of what v is copied to or from, then of what those are copied to or from.
      const direct = R.hints.get(v) ?? [];
      for (const h of direct) prefer(regAt(h));
      for (const x of direct) {
        if (!isVirtual(x) || regOf[x] >= 0) continue;
        for (const h of R.hints.get(x) ?? []) prefer(regAt(h));
      }
      if (!crosses) for (const r of CALLER_SAVED) prefer(r);
      for (const r of CALLEE_SAVED) prefer(r);
      const free = prefs.find((r) => !collides(r, segs));
      if (free !== undefined) {
        regOf[v] = free;
        assigned.push(v);
        for (const [a, b] of segs) addRange(taken, free, a, b);
        continue;
      }
      // Spill the interval, among this one and those it collides with, that reaches furthest.
      let best: VReg | undefined = unspillable.has(v) ? undefined : v;
      let bestEnd = best !== undefined ? iv[1] : -1;
      for (const w of assigned) {
        const r = regOf[w];
        const ws = R.vregs.get(w)!;
        const wEnd = hull(ws)[1];
        if (collide(ws, segs) && !unspillable.has(w) && wEnd > bestEnd && prefs.includes(r)) {
          best = w;
          bestEnd = wEnd;
        }
      }
      if (best === undefined) throw new Error(`internal: register allocation failed in ${f.name}`);
      victim = best;
      break;
    }
    if (victim === undefined) {
      const segments = R.vregs;
      const code = f.blocks.map((b) => b.insns);
      let pos: Map<Insn, number> | undefined;
      return {
        reg: new Map(assigned.map((v) => [v, regOf[v]])),
        spill,
        get interval() {
          return new Map([...segments].map(([v, segs]) => [v, hull(segs)]));
        },
        segments,
        // Only debug info reads positions (of few instructions), so they are numbered when asked.
        get pos() {
          if (!pos) {
            pos = new Map();
            let n = 0;
            for (const insns of code) {
              insns.forEach((ins, k) => pos!.set(ins, n + k));
              n += insns.length + 1;
            }
          }
          return pos;
        },
      };
    }
    const off = frame.alloc(8, 8);
    spill.set(victim, off);
    spillVreg(f, victim, off, unspillable);
  }
  throw new Error(`internal: register allocation did not converge in ${f.name}`);
}

/** Replaces v by a fresh temporary per instruction, loaded before and stored after. */
function spillVreg(f: IrFunc, v: VReg, off: number, unspillable: Set<VReg>): void {
  for (const b of f.blocks) {
    const out: Insn[] = [];
    for (const ins of b.insns) {
      const u = uses(ins.op).includes(v), d = defs(ins.op).includes(v);
      if (!u && !d) {
        out.push(ins);
        continue;
      }
      const t = f.nextVreg++;
      unspillable.add(t);
      if (u) out.push({ op: { k: "ldx", d: t, base: R10, off, size: 8, sx: false }, loc: ins.loc, stmt: ins.stmt });
      out.push({ ...ins, stmt: u ? false : ins.stmt, op: mapRegs(ins.op, (r) => (r === v ? t : r)) });
      if (d) out.push({ op: { k: "stx", base: R10, off, s: t, size: 8 }, loc: ins.loc });
    }
    b.insns = out;
    if (b.term && termUses(b.term).includes(v)) {
      const t = f.nextVreg++;
      unspillable.add(t);
      b.insns.push({ op: { k: "ldx", d: t, base: R10, off, size: 8, sx: false }, loc: b.termLoc });
      b.term = mapTermRegs(b.term, (r) => (r === v ? t : r));
    }
  }
}

export { FIRST_VREG };
