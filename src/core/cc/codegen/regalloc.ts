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

function liveness(f: IrFunc): Map<Block, Set<VReg>> {
  // Per block: registers read before any write (gen) and registers written (kill), computed once.
  const gen = new Map<Block, Set<VReg>>();
  const kill = new Map<Block, Set<VReg>>();
  for (const b of f.blocks) {
    const g = new Set<VReg>(termUses(b.term));
    const k = new Set<VReg>();
    for (let i = b.insns.length - 1; i >= 0; i--) {
      const o = b.insns[i].op;
      for (const d of defs(o)) {
        g.delete(d);
        k.add(d);
      }
      for (const u of uses(o)) g.add(u);
    }
    gen.set(b, g);
    kill.set(b, k);
  }
  const liveIn = new Map<Block, Set<VReg>>();
  const liveOut = new Map<Block, Set<VReg>>();
  for (const b of f.blocks) {
    liveIn.set(b, new Set(gen.get(b)));
    liveOut.set(b, new Set());
  }
  for (let changed = true, rounds = 0; changed && rounds < 10_000; rounds++) {
    changed = false;
    for (let i = f.blocks.length - 1; i >= 0; i--) {
      const b = f.blocks[i];
      const out = liveOut.get(b)!;
      const inn = liveIn.get(b)!;
      const k = kill.get(b)!;
      for (const s of successors(b)) {
        for (const r of liveIn.get(s)!) {
          if (out.has(r)) continue;
          out.add(r);
          if (!k.has(r) && !inn.has(r)) {
            inn.add(r);
            changed = true;
          }
        }
      }
    }
  }
  return liveOut;
}

/** Removes pure instructions whose results nobody reads; true if it removed any. */
function deadCode(f: IrFunc, liveOut: Map<Block, Set<VReg>>): boolean {
  let removed = false;
  for (const b of f.blocks) {
    const live = new Set(liveOut.get(b)!);
    for (const r of termUses(b.term)) live.add(r);
    const keep: Insn[] = [];
    for (let k = b.insns.length - 1; k >= 0; k--) {
      const ins = b.insns[k];
      const ds = defs(ins.op);
      const o = ins.op;
      const selfMove = o.k === "mov" && o.s === o.d && o.w === 64;
      if (selfMove || (isPure(o) && ds.length > 0 && ds.every((d) => !live.has(d) && d !== R10))) {
        if (ins.stmt) {
          const next = keep[keep.length - 1];
          if (next && !next.stmt && next.loc?.line === ins.loc?.line) next.stmt = true;
          else if (!next && ins.loc) b.lostStmt = ins.loc;
        }
        removed = true;
        continue;
      }
      for (const d of ds) live.delete(d);
      for (const u of uses(o)) live.add(u);
      keep.push(ins);
    }
    b.insns = keep.reverse();
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
  pos: Map<Insn, number>;
  calls: number[];
}

function ranges(f: IrFunc, liveOut: Map<Block, Set<VReg>>): Ranges {
  const vregs = new Map<VReg, [number, number][]>();
  const fixed: [number, number][][] = Array.from({ length: 11 }, () => []);
  const hints = new Map<VReg, number[]>();
  const pos = new Map<Insn, number>();
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
    const h = hints.get(v) ?? [];
    h.push(r);
    hints.set(v, h);
  };
  let n = 0;
  for (const b of f.blocks) {
    const start = n;
    const end = start + b.insns.length;
    n = end + 1;
    // Walking backwards: `open` holds each live register with the last position it is needed at.
    const open = new Map<VReg, number>();
    for (const r of liveOut.get(b)!) open.set(r, 2 * end + 1);
    for (const r of termUses(b.term)) if (!open.has(r)) open.set(r, 2 * end);
    for (let k = b.insns.length - 1; k >= 0; k--) {
      const ins = b.insns[k];
      const p = start + k;
      pos.set(ins, p);
      const o = ins.op;
      if (o.k === "call" || o.k === "ldabs") {
        calls.push(2 * p + 1);
        for (const r of [1, 2, 3, 4, 5]) fixed[r].push([2 * p + 1, 2 * p + 1]);
      }
      for (const d of defs(o)) {
        close(d, 2 * p + 1, open.get(d) ?? 2 * p + 1);
        open.delete(d);
      }
      for (const u of uses(o)) if (!open.has(u)) open.set(u, 2 * p);
      if (o.k === "mov" && o.s !== undefined) {
        hint(o.d, o.s);
        hint(o.s, o.d);
      }
    }
    for (const [r, last] of open) close(r, 2 * start, last);
  }
  return { vregs, fixed, hints, pos, calls };
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
const collide = (a: readonly [number, number][], b: readonly [number, number][]) => a.some((x) => b.some((y) => overlaps(x, y)));
/** collide(a, b) where hb is b's hull: segments of a outside it are skipped without the inner loop. */
function collideIn(a: readonly [number, number][], b: readonly [number, number][], hb: readonly [number, number]): boolean {
  for (const x of a) {
    if (x[1] < hb[0] || x[0] > hb[1]) continue;
    for (const y of b) if (x[0] <= y[1] && y[0] <= x[1]) return true;
  }
  return false;
}
function hull(segs: readonly [number, number][]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const [a, b] of segs) {
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return [lo, hi];
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
    const taken: [number, number][][] = R.fixed.map((x) => [...x]);
    const reg = new Map<VReg, number>();
    const order = [...R.vregs.entries()].map(([v, segs]) => [v, segs, hull(segs)] as const).sort((a, b) => a[2][0] - b[2][0] || a[0] - b[0]);
    let victim: VReg | undefined;
    for (const [v, segs, iv] of order) {
      const crosses = R.calls.some((c) => segs.some((s) => s[0] < c && c < s[1]));
      const prefs: number[] = [];
      // Registers of what v is copied to or from, then of what those are copied to or from.
      const direct = R.hints.get(v) ?? [];
      for (const h of [...direct, ...direct.filter((x) => isVirtual(x) && !reg.has(x)).flatMap((x) => R.hints.get(x) ?? [])]) {
        const r = isVirtual(h) ? reg.get(h) : h;
        if (r !== undefined && r !== R10 && !prefs.includes(r)) prefs.push(r);
      }
      for (const r of crosses ? CALLEE_SAVED : [...CALLER_SAVED, ...CALLEE_SAVED]) if (!prefs.includes(r)) prefs.push(r);
      const free = prefs.find((r) => !collideIn(taken[r], segs, iv));
      if (free !== undefined) {
        reg.set(v, free);
        taken[free].push(...segs);
        continue;
      }
      // Spill the interval, among this one and those it collides with, that reaches furthest.
      let best: VReg | undefined = unspillable.has(v) ? undefined : v;
      let bestEnd = best !== undefined ? iv[1] : -1;
      for (const [w, r] of reg) {
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
    if (victim === undefined) return { reg, spill, interval: new Map([...R.vregs].map(([v, segs]) => [v, hull(segs)])), segments: R.vregs, pos: R.pos };
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
