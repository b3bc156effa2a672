// Scalar precision, as the kernel tracks it. A scalar is "precise" in a stored state when some
// later decision (a pointer offset, a helper's size or key, a branch decided by its value, a
// return range) depended on its exact bounds. Scalars that are not precise may take any
// value in a state that reuses the stored one, which is what lets loops and diamonds prune.
//
// When a decision needs a register, we walk the instructions of the current path backwards
// (the history), tracking which registers and stack slots the value came from, and mark them
// precise in each stored state (snapshot) we pass, until nothing is left to track.

import type { Cfg } from "../cfg/index.ts";
import type { Reg } from "./reg.ts";
import type { State } from "./state.ts";

/** A register (frame f, register r) or a stack slot (frame f, slot s), as one number. */
export const regLoc = (f: number, r: number): number => f * 16 + r;
export const slotLoc = (f: number, s: number): number => SLOT_BASE + f * 64 + s;
const SLOT_BASE = 1 << 10;

/** What backtracking needs beyond the pc and frame of an executed instruction. */
export interface HistExtra {
  /** The stack slot a load or store used (slotLoc). */
  slot?: number;
  /** Registers and slots that learned bounds from this conditional jump (copies of one scalar). */
  linked?: readonly number[];
}

/** The instructions executed since a stored state: entries pc * 8 + frame, extras by position. */
export interface History {
  hist: number[];
  extra?: Map<number, HistExtra>;
  /** Older entries were dropped to bound memory: backtracking past them marks everything. */
  truncated?: boolean;
}

/** A segment keeps at most this many entries (long loops after the state cap). */
const HIST_MAX = 8192;

/** Appends one executed instruction to a path's history. */
export function record(h: History, entry: number, extra: HistExtra | undefined): void {
  if (h.hist.length >= HIST_MAX) {
    const cut = HIST_MAX >> 1;
    h.hist = h.hist.slice(cut);
    if (h.extra) h.extra = new Map([...h.extra].filter(([k]) => k >= cut).map(([k, v]) => [k - cut, v]));
    h.truncated = true;
  }
  if (extra) (h.extra ??= new Map()).set(h.hist.length, extra);
  h.hist.push(entry);
}

export const histEntry = (pc: number, frame: number): number => pc * 8 + frame;

/** A stored state and the history that led to it from its parent. */
export interface Chained extends History {
  readonly st: State;
  readonly parent?: Chained;
}

/** The set being backtracked: registers per frame as bit masks, slots by location. */
class Wanted {
  readonly regs = new Array<number>(8).fill(0);
  readonly slots = new Set<number>();

  has(f: number, r: number): boolean {
    return (this.regs[f] & (1 << r)) !== 0;
  }
  add(f: number, r: number): void {
    this.regs[f] |= 1 << r;
  }
  drop(f: number, r: number): void {
    this.regs[f] &= ~(1 << r);
  }
  addLoc(loc: number): void {
    if (loc >= SLOT_BASE) this.slots.add(loc);
    else this.add(loc >> 4, loc & 15);
  }
  hasLoc(loc: number): boolean {
    return loc >= SLOT_BASE ? this.slots.has(loc) : this.has(loc >> 4, loc & 15);
  }
  empty(): boolean {
    if (this.slots.size) return false;
    for (let f = 0; f < 8; f++) if (this.regs[f]) return false;
    return true;
  }
  clear(): void {
    this.regs.fill(0);
    this.slots.clear();
  }
}

/** One set serves every call (backtracking never nests). */
const shared = new Wanted();

/**
 * The last walk through a path's own history, when it wanted registers only: from its first
 * `at` entries, wanting `from` (bit masks per frame), it reached the history's start wanting
 * `to`. A loop asks for its counter at every pass while the history grows by one pass; with
 * this each walk goes back only through the pass just added (the rest is the same
 * instructions with the same wanted set, so it ends the same way). The history array only
 * ever grows (record() replaces it when it cuts the front), so it identifies what was walked.
 */
const last = { hist: undefined as number[] | undefined, at: 0, from: new Array<number>(8).fill(0), to: new Array<number>(8).fill(0) };
const start = new Array<number>(8).fill(0);
const sameRegs = (a: readonly number[], b: readonly number[]) => {
  for (let f = 0; f < 8; f++) if (a[f] !== b[f]) return false;
  return true;
};

/** The register or spilled register a location names in a state, if it holds a scalar. */
function scalarAt(st: State, loc: number): Reg | undefined {
  let r: Reg | undefined;
  if (loc >= SLOT_BASE) {
    const f = (loc - SLOT_BASE) >> 6;
    r = st.frames[f]?.stack[(loc - SLOT_BASE) & 63]?.spilled;
  } else r = st.frames[loc >> 4]?.regs[loc & 15];
  return r && r.type === "scalar" ? r : undefined;
}

/**
 * Marks the registers and slots `locs` came from precise, through the history, in every stored
 * state up the chain (stopping at a state where they already are).
 */
export function markPrecise(cfg: Cfg, st: State, path: History & { parent?: Chained }, locs: readonly number[]): void {
  // as the kernel does, the marks go on the stored states up the chain, not the current one
  const want = shared;
  want.clear();
  for (const loc of locs) if (scalarAt(st, loc)) want.addLoc(loc);
  if (want.empty()) return;
  let seg: History = path;
  let snap = path.parent;
  for (;;) {
    const hist = seg.hist;
    const memo = seg === path && want.slots.size === 0;
    if (memo) for (let f = 0; f < 8; f++) start[f] = want.regs[f];
    for (let k = hist.length - 1; k >= 0; k--) {
      if (memo && last.hist === hist && last.at === k + 1 && want.slots.size === 0 && sameRegs(want.regs, last.from)) {
        for (let f = 0; f < 8; f++) want.regs[f] = last.to[f];
        break;
      }
      const e = seg.hist[k];
      backtrack(cfg, e >> 3, e & 7, seg.extra?.get(k), want);
      if (want.empty()) break;
    }
    if (memo && want.slots.size === 0) {
      last.hist = hist;
      last.at = hist.length;
      for (let f = 0; f < 8; f++) {
        last.from[f] = start[f];
        last.to[f] = want.regs[f];
      }
    }
    if (want.empty()) return;
    if (!snap) return; // the program's entry: what is left is the context or never written
    if (seg.truncated) {
      // the history that would say where these values came from is gone: be safe
      for (let s: Chained | undefined = snap; s; s = s.parent) for (const loc of preciseCandidates(s.st)) scalarAt(s.st, loc)!.precise = true;
      return;
    }
    // mark what is still wanted in the stored state; what is already precise there was
    // backtracked from when it was marked
    let fresh = false;
    for (let f = 0; f < 8; f++) {
      if (want.regs[f] === 0) continue;
      for (let r = 0; r < 11; r++) {
        if (!want.has(f, r)) continue;
        const reg = scalarAt(snap.st, regLoc(f, r));
        if (!reg) want.drop(f, r);
        else if (!reg.precise) {
          reg.precise = true;
          fresh = true;
        }
      }
    }
    if (want.slots.size) for (const loc of [...want.slots]) {
      const reg = scalarAt(snap.st, loc);
      if (!reg) want.slots.delete(loc);
      else if (!reg.precise) {
        reg.precise = true;
        fresh = true;
      }
    }
    if (!fresh || want.empty()) return;
    seg = snap;
    snap = snap.parent;
  }
}

/**
 * One instruction backwards: what `want` (the values needed after it) needed before it.
 * Where an instruction's effect is not modelled exactly, its operands are added (more
 * precision is always safe; less is not).
 */
function backtrack(cfg: Cfg, pc: number, f: number, extra: HistExtra | undefined, want: Wanted): void {
  const d = cfg.at[pc];
  if (!d || !d.valid) return;
  const { spec: s, insn: i } = d;
  switch (s.kind) {
    case "alu":
    case "neg":
    case "end":
      if (want.has(f, i.dst) && s.source === "reg") want.add(f, i.src);
      return;
    case "mov":
    case "movsx":
      if (!want.has(f, i.dst)) return;
      want.drop(f, i.dst);
      if (s.source === "reg") want.add(f, i.src);
      return;
    case "addr_space_cast":
      return;
    case "lddw":
      want.drop(f, i.dst);
      return;
    case "ldx":
    case "ldxsx":
    case "load_acq":
      if (!want.has(f, i.dst)) return;
      want.drop(f, i.dst);
      if (extra?.slot !== undefined) want.addLoc(extra.slot);
      return;
    case "st":
      if (extra?.slot !== undefined) want.slots.delete(extra.slot);
      return;
    case "stx":
    case "store_rel":
      if (extra?.slot !== undefined && want.slots.has(extra.slot)) {
        want.slots.delete(extra.slot);
        want.add(f, i.src);
      }
      return;
    case "atomic":
      // read-modify-write: the slot and the register feed each other
      if (extra?.slot !== undefined && (want.slots.has(extra.slot) || want.has(f, i.src) || (s.op === "cmpxchg" && want.has(f, 0)))) {
        want.slots.add(extra.slot);
        want.add(f, i.src);
        if (s.op === "cmpxchg") want.add(f, 0);
      }
      return;
    case "ldabs":
    case "ldind":
      for (let r = 0; r <= 5; r++) want.drop(f, r);
      return;
    case "jcc":
      if (extra?.linked?.some((l) => want.hasLoc(l))) for (const l of extra.linked) want.addLoc(l);
      if (s.source === "reg" && (want.has(f, i.dst) || want.has(f, i.src))) {
        want.add(f, i.dst);
        want.add(f, i.src);
      }
      return;
    case "call":
      if (s.op === "local") {
        // back into the caller: the callee's arguments were the caller's r1-r5
        const callee = f + 1;
        for (let r = 1; r <= 5; r++) if (want.has(callee, r)) want.add(f, r);
        want.regs[callee] = 0;
        for (const loc of [...want.slots]) if ((loc - SLOT_BASE) >> 6 === callee) want.slots.delete(loc);
        return;
      }
      // a helper's result is not a function of values we track; its arguments are scratched
      for (let r = 0; r <= 5; r++) want.drop(f, r);
      return;
    case "exit":
      // back into a callee from its caller: the caller's r0 was the callee's r0
      if (f > 0 && want.has(f - 1, 0)) {
        want.drop(f - 1, 0);
        want.add(f, 0);
      }
      return;
    default:
      return;
  }
}

/** Every scalar of a state, as locations. */
function preciseCandidates(st: State): number[] {
  const out: number[] = [];
  st.frames.forEach((fr, f) => {
    fr.regs.forEach((r, k) => r.type === "scalar" && out.push(regLoc(f, k)));
    fr.stack.forEach((sl, k) => sl?.spilled?.type === "scalar" && out.push(slotLoc(f, k)));
  });
  return out;
}

/** Every precise scalar of a state, as locations (to carry them into a state pruned against it). */
export function preciseLocs(st: State): number[] {
  const out: number[] = [];
  st.frames.forEach((fr, f) => {
    fr.regs.forEach((r, k) => r.type === "scalar" && r.precise && out.push(regLoc(f, k)));
    fr.stack.forEach((sl, k) => sl?.spilled?.type === "scalar" && sl.spilled.precise && out.push(slotLoc(f, k)));
  });
  return out;
}
