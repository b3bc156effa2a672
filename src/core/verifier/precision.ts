// Scalar precision, as the kernel tracks it. A scalar is "precise" in a stored state when some
// later decision (a pointer offset, a helper's size or key, a branch decided by its value, a
// return range) depended on its exact bounds. Scalars that are not precise may take any
// value in a state that reuses the stored one, which is what lets loops and diamonds prune.
//
// When a decision needs a register, we walk the instructions of the current path backwards
// (the history), tracking which registers and stack slots the value came from, and mark them
// precise in each stored state (snapshot) we pass, until nothing is left to track.

import type { Cfg } from "../cfg/index.ts";
import { BT_ALU_REG, BT_JCC_IMM, BT_JCC_REG, BT_MOV_IMM, BT_MOV_REG, BT_NONE, backtrackCodes, backtrackInsn } from "./effects.ts";
import type { Wanted as WantedSet } from "./effects.ts";
import type { Chained, History } from "./history.ts";
import type { Reg } from "./reg.ts";
import { frameInsn } from "./state.ts";
import type { State } from "./state.ts";

/** A register (frame f, register r) or a stack slot (frame f, slot s), as one number. */
export const regLoc = (f: number, r: number): number => f * 16 + r;
export const slotLoc = (f: number, s: number): number => SLOT_BASE + f * 64 + s;
const SLOT_BASE = 1 << 10;

/** The set being backtracked: registers per frame as bit masks, slots by location. */
class Wanted implements WantedSet {
  readonly regs = new Array<number>(8).fill(0);
  readonly slots = new Set<number>();
  /** No frame above this one has a register wanted (empty() and clear() look no further). */
  top = -1;

  has(f: number, r: number): boolean {
    return (this.regs[f] & (1 << r)) !== 0;
  }
  add(f: number, r: number): void {
    this.regs[f] |= 1 << r;
    if (f > this.top) this.top = f;
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
  slotFrame(loc: number): number {
    return (loc - SLOT_BASE) >> 6;
  }
  empty(): boolean {
    if (this.slots.size) return false;
    for (let f = this.top; f >= 0; f--) if (this.regs[f]) return false;
    return true;
  }
  clear(): void {
    for (let f = this.top; f >= 0; f--) this.regs[f] = 0;
    this.top = -1;
    // (clearing a Set allocates a new table even when it is empty; this runs at every decided branch)
    if (this.slots.size) this.slots.clear();
  }
  /** Sets the registers wanted per frame from `masks`, frames 0 to `top` (none wanted above). */
  setRegs(masks: readonly number[], top: number): void {
    for (let f = this.top; f >= 0; f--) this.regs[f] = 0;
    this.top = -1;
    for (let f = 0; f <= top; f++) {
      this.regs[f] = masks[f];
      if (masks[f]) this.top = f;
    }
  }
  /** Whether the registers wanted are `masks`' frames 0 to `top` (none above). */
  sameRegs(masks: readonly number[], top: number): boolean {
    const n = Math.max(this.top, top);
    for (let f = 0; f <= n; f++) if (this.regs[f] !== (f <= top ? masks[f] : 0)) return false;
    return true;
  }
}

/** One set serves every call (backtracking never nests). */
const shared = new Wanted();

/** A walk through one segment of history wanting registers only (see walks). */
interface SegmentWalk {
  /** The segment's jumps array (its identity names the segment), or none. */
  hist: number[] | undefined;
  /** From its first `at` entries, wanting `from` (bit masks per frame, frames 0 to fromTop)... */
  at: number;
  from: number[];
  fromTop: number;
  /** ...it reached the segment's start wanting `to` (frames 0 to toTop). */
  to: number[];
  toTop: number;
}

const segmentWalk = (): SegmentWalk => ({ hist: undefined, at: 0, from: new Array<number>(8).fill(0), fromTop: -1, to: new Array<number>(8).fill(0), toTop: -1 });

/**
 * The last two walks through a segment, the newest first, when they wanted registers only. A
 * loop asks for its counter at every pass while the path's history grows by one pass; with
 * these each walk goes back only through the pass just added (the rest is the same
 * instructions with the same wanted set, so it ends the same way). When the loop head stores a
 * state, the path's segment becomes the stored state's, and the next walk crosses it whole
 * once: the second entry still knows it. A segment's jumps array is its own and only grows
 * (record() replaces it when it cuts the front; a stored state keeps the path's, and the path
 * takes a new one), so its first `at` entries never change.
 * (No allocation: this runs at every decided branch.)
 */
const walks: [SegmentWalk, SegmentWalk] = [segmentWalk(), segmentWalk()];

/** The memo entry for segment `jumps`, if one is kept. */
const walkOf = (jumps: number[]): SegmentWalk | undefined => (walks[0].hist === jumps ? walks[0] : walks[1].hist === jumps ? walks[1] : undefined);

const start = new Array<number>(8).fill(0);
/** The highest frame of `start` (frames above it want nothing). */
let startTop = -1;

/** Whether two sets of register masks (frames 0 to top) are the same. */
function sameMasks(a: readonly number[], aTop: number, b: readonly number[], bTop: number): boolean {
  if (aTop !== bTop) return false;
  for (let f = 0; f <= aTop; f++) if (a[f] !== b[f]) return false;
  return true;
}

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
 * What backtracking does, step by step, for the level-2 log (the kernel's mark_precise lines).
 * `frame` is the frame being traced; `regs` a mask of its registers, `slots` its slot indices.
 */
export interface PrecisionTracer {
  /** A new stretch of history: from `last` back to `first` (the state it began in); `subseq` is where the previous one began, or -1. */
  start(frame: number, last: number, first: number, subseq: number): void;
  /** What is still wanted after instruction `pc`, before stepping back over it. */
  before(frame: number, regs: number, slots: readonly number[], pc: number): void;
  /** What was newly marked in the stored state `st` for frame `frame`, and what is still traced there. */
  parent(frame: number, regs: number, slots: readonly number[], st: State): void;
  /** Backtracking gave up (`frame`: the current one) and marks every scalar of the stored states precise; then each one marked (`r6`, `fp-8`). */
  force?(frame: number, marked?: { readonly frame: number; readonly what: string }): void;
}

const slotsOf = (want: Wanted, f: number): number[] => {
  const out: number[] = [];
  for (const loc of want.slots) if (want.slotFrame(loc) === f) out.push((loc - SLOT_BASE) & 63);
  return out.sort((a, b) => a - b);
};

/**
 * Marks the registers and slots `locs` came from precise, through the history, in every stored
 * state up the chain, as the kernel's __mark_chain_precision: at each stored state what is
 * already precise there is dropped (it was traced back when it was marked), and the walk ends
 * when nothing is left. `pc` is the instruction that asks (it is not in the history yet).
 */
/** Scalars marked precise in stored states so far (a caller compares counts to tell whether a propagation changed anything). */
export const marked = { count: 0 };

export function markPrecise(cfg: Cfg, st: State, pc: number, path: History & { parent?: Chained }, locs: readonly number[], tracer?: PrecisionTracer): void {
  if (tracer !== undefined || locs.length !== 1 || locs[0] >= SLOT_BASE) {
    walkBack(cfg, st, pc, path, locs, tracer);
    return;
  }
  const loc = locs[0];
  const frame = st.frames.length - 1;
  if (scalarAt(st, loc) && repeats(pc, frame, loc, path)) return;
  const before = marked.count;
  stretch.from = -1;
  walkBack(cfg, st, pc, path, locs, tracer);
  // (what repeats() needs to know of this call: only one that marked nothing can be repeated)
  const r = last;
  if (stretch.from >= 0 && marked.count === before && path.extra === undefined && !path.truncated) {
    r.pc = pc;
    r.frame = frame;
    r.loc = loc;
    r.jumps = path.jumps;
    r.parent = path.parent;
    r.from = stretch.from;
    r.to = path.len;
    r.pairs = path.jumps.length;
    r.last = path.last;
  } else r.pc = -1;
}

/**
 * The last call of markPrecise() that asked for one register, walked its path's history back
 * through the instructions added since the call before (from `from` to `to`, the history's
 * length then, `pairs` its jumps' count) leaving the register wanted as it was, went on as the
 * walk before it had, and marked nothing. A loop asks for its counter at every pass.
 */
const last = { pc: -1, frame: 0, loc: 0, jumps: undefined as number[] | undefined, parent: undefined as Chained | undefined, from: 0, to: 0, pairs: 0, last: 0 };

/** Set by walkBack(): where the stretch it walked in the path's own segment began, when it led back to where the walk before it had begun with the same register wanted. */
const stretch = { from: -1 };

/**
 * Whether asking for register `loc` at `pc` (in frame `frame`) would do what the last call did:
 * nothing. It does when the same instruction asks for the same register on the same segment of
 * history, with the same stored states above it, and the history grew by a repeat of the last
 * stretch (the same instructions, the same jumps, no extra entries): the walk back goes through
 * the same instructions with the same register wanted, meets the same stored states, and their
 * marks have only grown since. Then the segment's memo and `last` move on by one stretch.
 */
function repeats(pc: number, frame: number, loc: number, path: History & { parent?: Chained }): boolean {
  const r = last;
  if (r.pc !== pc || r.loc !== loc || r.frame !== frame || r.jumps !== path.jumps || r.parent !== path.parent || path.extra !== undefined || path.truncated) return false;
  const n = r.to - r.from;
  if (path.len !== r.to + n || path.last !== r.last) return false;
  // the jumps inside the new stretch (positions to+1 .. len-1) and inside the last one (from+1 ..
  // to-1), newest first: each one n positions later, to the same instruction
  const jumps = path.jumps;
  let a = jumps.length - 2;
  let b = r.pairs - 2;
  for (;;) {
    const inNew = a >= 0 && jumps[a] > r.to;
    const inOld = b >= 0 && jumps[b] > r.from;
    if (inNew !== inOld) return false;
    if (!inNew) break;
    if (jumps[a] - r.to !== jumps[b] - r.from || jumps[a + 1] !== jumps[b + 1]) return false;
    a -= 2;
    b -= 2;
  }
  // the memo of this segment, if it still knows where the last walk began, begins at the end now
  const w = walkOf(jumps);
  const f = loc >> 4;
  if (w !== undefined && w.at === r.to && w.fromTop === f && w.from[f] === 1 << (loc & 15)) {
    let alone = true;
    for (let g = 0; g < f; g++) if (w.from[g] !== 0) alone = false;
    if (alone) w.at = path.len;
  }
  r.from = r.to;
  r.to = path.len;
  r.pairs = jumps.length;
  return true;
}

function walkBack(cfg: Cfg, st: State, pc: number, path: History & { parent?: Chained }, locs: readonly number[], tracer?: PrecisionTracer): void {
  // as the kernel does, the marks go on the stored states up the chain, not the current one
  const want = shared;
  want.clear();
  for (let n = 0; n < locs.length; n++) if (scalarAt(st, locs[n])) want.addLoc(locs[n]);
  if (want.empty()) return;
  let seg: History = path;
  let snap = path.parent;
  let frame = st.frames.length - 1;
  let last = pc;
  let subseq = -1;
  /** The entry after the one being stepped back over (pc * 8 + frame): at first, the instruction asking. */
  let next = pc * 8 + frame;
  const codes = backtrackCodes(cfg.at);
  for (;;) {
    // (the first instruction of the pass: the program's, or a global function's verified on its own)
    tracer?.start(frame, last, snap ? snap.st.pc : st.frames[0].start, subseq);
    // (the log wants every step: no shortcut then)
    const memo = !tracer && want.slots.size === 0;
    if (memo) {
      startTop = want.top;
      for (let f = 0; f <= startTop; f++) start[f] = want.regs[f];
    }
    // (the one entry where the last walk of this segment began, or none)
    const known = memo ? walkOf(seg.jumps) : undefined;
    const memoAt = known ? known.at - 1 : -2;
    const extras = seg.extra;
    const jumps = seg.jumps;
    // the entry at position k: the last, then one instruction back at a time, or the recorded one
    let e = seg.last;
    let j = jumps.length - 2;
    for (let k = seg.len - 1; k >= 0; k--) {
      if (k < seg.len - 1) {
        if (j >= 0 && jumps[j] === k + 1) {
          e = jumps[j + 1];
          j -= 2;
        } else e -= 8;
      }
      if (k === memoAt && want.slots.size === 0 && want.sameRegs(known!.from, known!.fromTop)) {
        // the rest of this segment was walked before with the same wanted set
        // (and in the path's own segment, from the same wanted set: a stretch markPrecise() may repeat)
        if (seg === path && sameMasks(start, startTop, known!.from, known!.fromTop)) stretch.from = known!.at;
        want.setRegs(known!.to, known!.toTop);
        frame = seg.first & 7;
        next = seg.first;
        break;
      }
      if (tracer) tracer.before(frame, want.regs[frame], slotsOf(want, frame), e >> 3);
      // stepping back over a call or an exit changes the frame being traced
      const after = next;
      next = e;
      frame = e & 7;
      // the simple cases by their code (as backtrackInsn() would), the others by backtrackInsn()
      const word = codes[e >> 3];
      const code = word & 15;
      if (code === BT_NONE) continue; // (nothing changed: still not empty)
      if (code === BT_ALU_REG || code === BT_MOV_REG || code === BT_MOV_IMM) {
        // (the instruction's dst and src, from its code word)
        const dst = (word >> 4) & 15;
        if (!want.has(frame, dst)) continue;
        if (code !== BT_ALU_REG) want.drop(frame, dst);
        if (code !== BT_MOV_IMM) want.add(frame, word >> 8);
      } else if ((code === BT_JCC_IMM || code === BT_JCC_REG) && (extras === undefined || extras.get(k) === undefined)) {
        // (a loop's test, at every pass: without linked registers, as backtrackInsn() would)
        if (code === BT_JCC_IMM) continue;
        const dst = (word >> 4) & 15;
        const src = word >> 8;
        if (!want.has(frame, dst) && !want.has(frame, src)) continue;
        want.add(frame, dst);
        want.add(frame, src);
      } else if (backtrackInsn(cfg.at[e >> 3], frame, extras === undefined ? undefined : extras.get(k), want, after, cfg.at)) {
        // (the kernel's mark_all_scalars_precise, from the stored states up)
        forceAll(st, path.parent, tracer);
        return;
      }
      if (want.empty()) break;
    }
    if (memo && want.slots.size === 0) {
      // this segment's entry becomes the newest (the other one stays second)
      let w = known;
      if (w === undefined || w === walks[1]) {
        w = w ?? walks[1];
        walks[1] = walks[0];
        walks[0] = w;
      }
      w.hist = seg.jumps;
      w.at = seg.len;
      w.fromTop = startTop;
      for (let f = 0; f <= startTop; f++) w.from[f] = start[f];
      w.toTop = want.top;
      for (let f = 0; f <= want.top; f++) w.to[f] = want.regs[f];
    }
    if (want.empty()) return;
    if (!snap) {
      // a global function's entry (global.ts): its arguments came from any caller, so the
      // kernel gives up and marks every scalar of the stored states precise
      if (st.frames[0].start !== 0) forceAll(st, path.parent, tracer);
      return; // the program's entry: what is left is the context or never written
    }
    if (seg.truncated) {
      // the history that would say where these values came from is gone: be safe
      for (let s: Chained | undefined = snap; s; s = s.parent) for (const loc of preciseCandidates(s.st)) scalarAt(s.st, loc)!.precise = true;
      return;
    }
    // mark what is still wanted in the stored state; what was precise there already was traced
    // back from there when it was marked, so it is done with
    for (let f = frame; f >= 0; f--) {
      for (let r = 0; want.regs[f] !== 0 && r < 11; r++) {
        if (!want.has(f, r)) continue;
        const reg = scalarAt(snap.st, regLoc(f, r));
        if (!reg || reg.precise) want.drop(f, r);
        else {
          reg.precise = true;
          marked.count++;
        }
      }
      // (a copy, as entries are deleted: only when there are slots, this runs at every decided branch)
      if (want.slots.size) for (const loc of [...want.slots]) {
        if (want.slotFrame(loc) !== f) continue;
        const reg = scalarAt(snap.st, loc);
        if (!reg || reg.precise) want.slots.delete(loc);
        else {
          reg.precise = true;
          marked.count++;
        }
      }
      tracer?.parent(f, want.regs[f], slotsOf(want, f), snap.st);
    }
    if (want.empty()) return;
    subseq = snap.st.pc;
    seg = snap;
    last = snap.len ? snap.last >> 3 : snap.st.pc;
    snap = snap.parent;
  }
}

/** The kernel's mark_all_scalars_precise: every scalar of every stored state from `from` up, precise. */
function forceAll(st: State, from: Chained | undefined, tracer?: PrecisionTracer): void {
  tracer?.force?.(st.frames.length - 1);
  for (let s = from; s; s = s.parent) {
    s.st.frames.forEach((fr, f) => {
      fr.regs.forEach((r, k) => {
        if (k >= 10 || r.type !== "scalar" || r.precise) return;
        r.precise = true;
        marked.count++;
        tracer?.force?.(f, { frame: f, what: `r${k}` });
      });
      fr.stack.forEach((sl, k) => {
        const r = sl?.spilled;
        if (!r || r.type !== "scalar" || r.precise || sl.bytes[0] !== 3) return;
        r.precise = true;
        marked.count++;
        tracer?.force?.(f, { frame: f, what: `fp${-8 * (k + 1)}` });
      });
    });
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

/**
 * Every precise scalar of a state, as locations (to carry them into a state pruned against it).
 * With `live` (effects.ts liveBefore), registers dead where their frame stands are left out: the
 * kernel has cleaned them from the stored state (clean_live_states) before it propagates.
 */
export function preciseLocs(st: State, live?: readonly number[]): number[] {
  const out: number[] = [];
  st.frames.forEach((fr, f) => {
    const mask = live === undefined ? -1 : live[frameInsn(st, f)];
    fr.regs.forEach((r, k) => r.type === "scalar" && r.precise && mask & (1 << k) && out.push(regLoc(f, k)));
    fr.stack.forEach((sl, k) => sl?.spilled?.type === "scalar" && sl.spilled.precise && out.push(slotLoc(f, k)));
  });
  return out;
}
