// The kernel's loop visits (6.18's SCC tracking). A program with a may_goto or a helper that
// calls back has loops whose states are pruned against states still being explored; the kernel
// keeps each such pruning as a "back edge" of the visit of its loop, per call chain, until every
// path below the visit's entry state has ended. Then what the covering states needed precise,
// the pruned paths need too (propagate_backedges). While a visit holds back edges its states'
// marks may be incomplete: they are compared by ranges only and never freed. The back edges
// count in peak_states, and the level-2 log prints `SCC enter`, `SCC exit` and `SCC backedge`.

import type { Pruned, Snapshot } from "./prune.ts";
import { cloneState, frameInsn } from "./state.ts";
import type { State } from "./state.ts";

/**
 * A state pruned by ranges in a loop (add_scc_backedge): a copy of it, the path that reached it,
 * and the stored state that covered it. When the loop's visit is left, the covering state's
 * precise scalars are marked along the path again until nothing changes (propagate_backedges).
 */
export interface Backedge {
  readonly st: State;
  readonly pc: number;
  readonly path: Pruned;
  readonly equal: Snapshot;
}

/** A call chain: `key` tells visits apart (all the call sites), `text` is as the kernel prints it. */
interface Chain {
  readonly key: string;
  readonly text: string;
}

/** The visits of a program's loops, by call chain. */
export class LoopVisits {
  /** Where the level-2 log's SCC lines go (nowhere unless traced). */
  print: (line: string) => void = () => {};
  /** Each visit's entry state, by call chain. */
  private readonly entries = new Map<string, Snapshot>();
  /** The back edges each visit holds, by call chain, newest first, until it is left. */
  private readonly backedges = new Map<string, Backedge[]>();
  /** The back edge the pruning being reported added (its call chain as printed, by report()). */
  private pending?: string;
  /** The back edges all visits hold (the kernel's num_backedges, part of peak_states). */
  count = 0;

  /** `of[pc]`: the number of the loop instruction `pc` stands in, 0 for none. */
  constructor(private readonly of: readonly number[]) {}

  /**
   * The kernel's call chain of a state (compute_scc_callchain): the calls down to the first frame
   * standing in a loop, then that loop's number; undefined when no frame stands in one. The
   * printed list of call sites ends at a call from instruction 0, as format_callchain's: `(4,1)`.
   */
  private callchain(st: State): Chain | undefined {
    let sites = "";
    let text = "";
    let cut = false;
    for (let f = 0; f < st.frames.length; f++) {
      const insn = frameInsn(st, f);
      const n = this.of[insn];
      if (n) return { key: `${sites}${n}`, text: `(${text}${n})` };
      if (insn === 0) cut = true;
      sites += `${insn},`;
      if (!cut) text += `${insn},`;
    }
    return undefined;
  }

  /** A state was stored: it enters its loop's visit when that visit has no entry yet (maybe_enter_scc). */
  stored(snap: Snapshot): void {
    const chain = this.callchain(snap.st);
    if (chain === undefined || this.entries.has(chain.key)) return;
    this.entries.set(chain.key, snap);
    this.print(`SCC enter ${chain.text}`);
  }

  /** `old` covers `st` by ranges inside a loop: a copy is kept as a back edge of `old`'s visit; whether one was. */
  backedge(old: Snapshot, st: State, path: Pruned): boolean {
    const chain = this.callchain(old.st);
    if (chain === undefined) return false;
    const list = this.backedges.get(chain.key);
    const edge = { st: cloneState(st), pc: st.pc, path, equal: old };
    if (list) list.unshift(edge);
    else this.backedges.set(chain.key, [edge]);
    this.pending = chain.text;
    this.count++;
    return true;
  }

  /** `SCC backedge (1)`, for the pruning just found, where the kernel prints it: after its precision marks. */
  report(): void {
    if (this.pending === undefined) return;
    this.print(`SCC backedge ${this.pending}`);
    this.pending = undefined;
  }

  /**
   * Every path below `s` has ended: when `s` entered its visit, the visit is left
   * (maybe_exit_scc), and its back edges are marked by `propagate` round after round until a
   * round marks nothing new.
   */
  finished(s: Snapshot, propagate: ((b: Backedge) => boolean) | undefined): void {
    const chain = this.callchain(s.st);
    if (chain === undefined || this.entries.get(chain.key) !== s) return;
    this.entries.delete(chain.key);
    const backedges = this.backedges.get(chain.key) ?? [];
    this.count -= backedges.length;
    this.backedges.delete(chain.key);
    this.print(`SCC exit ${chain.text}`);
    if (backedges.length === 0 || !propagate) return;
    for (let changed = true; changed; ) {
      changed = false;
      for (const b of backedges) if (propagate(b)) changed = true;
    }
  }

  /** Whether the visit of the loop `st` stands in still holds back edges (the kernel's incomplete_read_marks). */
  incomplete(st: State): boolean {
    if (this.backedges.size === 0) return false;
    const chain = this.callchain(st);
    return chain !== undefined && (this.backedges.get(chain.key)?.length ?? 0) > 0;
  }

  /** A new pass: every visit is forgotten. */
  clear(): void {
    this.entries.clear();
    this.backedges.clear();
    this.count = 0;
  }
}
