// Which loop a "BPF program is too large" rejection is about. The kernel reports the error at
// the instruction where its budget of a million ran out, which is wherever the walk happened
// to be: often just after the loop (a rotated loop's exit is checked on every turn, before the
// next turn is taken up), sometimes in a function the loop calls. The loop that never
// converged is the one the failing path went round most: its back edge is the edge of the
// graph the path crossed most often.

import type { Cfg } from "./index.ts";

export interface StuckLoop {
  /** The first instruction of the loop (the back edge's target). */
  readonly header: number;
  /** The jump that closes the loop (the back edge's source, its block's last instruction). */
  readonly latch: number;
  /** How often the path crossed the back edge. */
  readonly turns: number;
}

/**
 * The loop the path went round most, from the instructions of the path in order (the
 * verdict's errorPath, or any walk); undefined when it crossed no back edge. Ties go to the
 * loop crossed last, the innermost one the walk was still in.
 */
export function stuckLoop(cfg: Cfg, path: readonly number[]): StuckLoop | undefined {
  // the back edges, by the slot of the jump that takes them
  const backs = new Map<number, { header: number; latch: number; turns: number; lastSeen: number }[]>();
  for (const e of cfg.edges) {
    if (!e.back) continue;
    const latch = cfg.blocks[e.from].last;
    const header = cfg.blocks[e.to].start;
    const list = backs.get(latch) ?? [];
    if (!list.some((b) => b.header === header)) list.push({ header, latch, turns: 0, lastSeen: -1 });
    backs.set(latch, list);
  }
  if (backs.size === 0) return undefined;
  for (let k = 0; k + 1 < path.length; k++) {
    const list = backs.get(path[k]);
    if (!list) continue;
    for (const b of list) {
      if (path[k + 1] !== b.header) continue;
      b.turns++;
      b.lastSeen = k;
    }
  }
  let best: { header: number; latch: number; turns: number; lastSeen: number } | undefined;
  for (const list of backs.values()) {
    for (const b of list) {
      if (b.turns === 0) continue;
      if (!best || b.turns > best.turns || (b.turns === best.turns && b.lastSeen > best.lastSeen)) best = b;
    }
  }
  return best && { header: best.header, latch: best.latch, turns: best.turns };
}
