// A path's history: the instructions executed since its last stored state, kept as the
// kernel's jump history keeps them (only where the path did not go on to the next instruction
// in the same frame). Precision walks it backwards; the log prints it; pruning stores it with
// each state.

import type { HistExtra } from "./effects.ts";
import type { State } from "./state.ts";

export type { HistExtra };

/**
 * The instructions executed since a stored state, as the kernel's jump history keeps them: only
 * where the path did not go on to the next instruction in the same frame (a jump taken, a call,
 * an exit, the slot after an lddw) is anything written down; backtracking steps back one
 * instruction at a time and takes the recorded one where there is one. Entries are
 * pc * 8 + frame; positions count every instruction from the segment's start (extras are by position).
 */
export interface History {
  /** Instructions executed in the segment, in all. */
  len: number;
  /** The entry of the first and of the last one (when len > 0). */
  first: number;
  last: number;
  /**
   * Pairs (position k, entry of the instruction at k - 1) where k's instruction does not follow
   * k - 1's in sequence, oldest first. A new array for each segment (its identity names the segment).
   */
  jumps: number[];
  extra?: Map<number, HistExtra>;
  /** Older entries were dropped to bound memory: backtracking past them marks everything. */
  truncated?: boolean;
}

/** An empty history. */
export const noHistory = (): History => ({ len: 0, first: 0, last: 0, jumps: [] });

/** A segment keeps at most this many instructions (long loops after the state cap). */
const HIST_MAX = 8192;

/** Appends one executed instruction to a path's history. */
export function record(h: History, entry: number, extra: HistExtra | undefined): void {
  if (h.len >= HIST_MAX) cutHistory(h, HIST_MAX >> 1);
  if (extra) (h.extra ??= new Map()).set(h.len, extra);
  if (h.len === 0) h.first = entry;
  else if (entry !== h.last + 8) h.jumps.push(h.len, h.last);
  h.last = entry;
  h.len++;
}

/** Drops the first `cut` instructions of a history. */
function cutHistory(h: History, cut: number): void {
  const jumps: number[] = [];
  for (let j = 0; j < h.jumps.length; j += 2) if (h.jumps[j] > cut) jumps.push(h.jumps[j] - cut, h.jumps[j + 1]);
  h.first = entryAt(h, cut);
  h.jumps = jumps;
  h.len -= cut;
  if (h.extra) h.extra = new Map([...h.extra].filter(([k]) => k >= cut).map(([k, v]) => [k - cut, v]));
  h.truncated = true;
}

/** The entry at position `pos` of a history (walked back from its last). */
function entryAt(h: History, pos: number): number {
  let e = h.last;
  let j = h.jumps.length - 2;
  for (let k = h.len - 1; k > pos; k--) {
    if (j >= 0 && h.jumps[j] === k) {
      e = h.jumps[j + 1];
      j -= 2;
    } else e -= 8;
  }
  return e;
}

/** The instructions of a history, in order (pcs). */
export function historyPcs(h: History): number[] {
  const out = new Array<number>(h.len);
  let e = h.last;
  let j = h.jumps.length - 2;
  for (let k = h.len - 1; k >= 0; k--) {
    out[k] = e >> 3;
    if (j >= 0 && h.jumps[j] === k) {
      e = h.jumps[j + 1];
      j -= 2;
    } else e -= 8;
  }
  return out;
}

export const histEntry = (pc: number, frame: number): number => pc * 8 + frame;

/** A stored state and the history that led to it from its parent. */
export interface Chained extends History {
  readonly st: State;
  readonly parent?: Chained;
}
