// State pruning, as the kernel's is_state_visited: at a prune point the walk compares the
// current state with the states stored there; one that covers it ends the path ("safe"), an
// equal one still being explored is an endless loop. Otherwise the state may be stored, by the
// kernel's rule: only after 2 jumps and 8 instructions since the last one stored (20 and 100
// while a state stored here is still being explored, as in a loop), always at a may_goto or a
// helper call that calls back, and always once the path's history holds over 40 entries.
// As in 6.18, only the registers live where each frame stands are compared, a function's states
// are listed apart per call site, and a state that keeps missing is let go (evict()).
// The statistics line counts the states this rule stores: one rule for the walk and the log.

import { loops } from "../cfg/index.ts";
import type { Cfg } from "../cfg/index.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { MapDef } from "../program.ts";
import { cfgMarks } from "./prune_points.ts";
import { VerifyError } from "./error.ts";
import { frameItems, frameTail } from "./print.ts";
import type { Chained, History } from "./history.ts";
import { liveBefore } from "./effects.ts";
import { sameCallsites, stateCovers, stateEquals, storedState } from "./state.ts";
import { LoopVisits } from "./scc.ts";
import type { Backedge } from "./scc.ts";
import type { StackLiveness } from "./stack_live.ts";
import type { State } from "./state.ts";

/** A stored state; its history is what ran from its parent's state to it. */
export interface Snapshot extends Chained {
  readonly st: State;
  /** Paths below it still being explored (the kernel's branches). */
  branches: number;
  readonly parent?: Snapshot;
  /** loopHint(st): states whose hints differ are not equal. */
  readonly hint: number;
  /** Kept in its list (compared); finished ones are counted in StateStore.finishedAt. Evicted: no longer. */
  listed: boolean;
  /** Evicted while still being explored: the kernel frees it (peak_states) once its paths are done. */
  evicted: boolean;
  /** Its dead stack slots were forgotten (StackLiveness.clean), once its paths were all done. */
  cleaned: boolean;
  /** Its list (StateStore.listOf). */
  readonly list: number;
  /** Stored states above it on its path (the kernel's dfs_depth): 0 for the first. */
  readonly depth: number;
  /** Visits it covered, and visits it did not while a state could be stored: the kernel's eviction reads them. */
  hits: number;
  misses: number;
}

/** One 64-bit cell, read as two 32-bit halves: how loopHint() takes bits out of a BigInt. */
const cell = new BigUint64Array(1);
const halves = new Uint32Array(cell.buffer);

/**
 * 26 bits of the current frame's highest-numbered scalar register (its halves xored), with its
 * number (not exact: equal states give equal hints), to tell most unequal states apart at a
 * loop's prune points without comparing registers as BigInts (what a loop changes is mostly in
 * its scalars). One conversion per visit, then a comparison per stored state. (A store into a
 * BigUint64Array is machine code in V8; Number() of a BigInt is a call, and BigInt.asUintN(26)
 * a new BigInt at every visit. A small integer hint also stays unboxed.)
 */
function loopHint(st: State): number {
  const regs = st.frames[st.frames.length - 1].regs;
  for (let k = 9; k >= 0; k--) {
    if (regs[k].type !== "scalar") continue;
    cell[0] = regs[k].var.value;
    return ((halves[0] ^ halves[1]) & 0x3ffffff) * 16 + k;
  }
  return -1;
}

/** Buckets of hints counted per instruction (a power of two). */
const HINT_BUCKETS = 1024;
/** A hint's bucket: its bits mixed (its low 4 bits are a register number). */
const bucketOf = (hint: number): number => Math.imul(hint, 0x9e3779b1) >>> 22;

/** What the store needs of a path: its history since its last stored state, and that state. */
export interface Pruned extends History {
  parent?: Snapshot;
  /**
   * Entries the kernel's history of this path holds since its last stored state (insn_hist):
   * one per instruction at a jump point, that spills or fills a register, or whose branch
   * links copies (walk.ts counts them).
   */
  entries: number;
}

/** States kept per instruction for comparison, at most (later ones still chain for precision): the kernel keeps them all, and a may_goto loop compares every one still open by ranges. */
const KEEP_PER_INSN = 8192;
/** The newest states still being explored that are compared for an endless loop. */
const LOOP_LOOKBACK = 16;

/** A path's history since its last stored state grows past this many entries: the next prune point stores one (is_state_visited). */
const HISTORY_FORCE = 40;

/** The stored states and the counters the rule reads. */
export class StateStore {
  /** Where states are compared and stored. */
  readonly points: Uint8Array;
  /** Jump points and forced checkpoints (cfgMarks). */
  readonly jumpPoints: Uint8Array;
  private readonly forced: Uint8Array;
  private readonly callbacks: Uint8Array;
  /** The registers live before each instruction: only these are compared. */
  readonly live: readonly number[];
  /**
   * The stored states, in the kernel's lists (listOf): one per instruction and innermost
   * callsite, where two such pairs may share one. A list's states of other instructions are
   * passed over. (An array by list: a Map lookup cost more at every visit.)
   */
  private readonly explored: (Snapshot[] | undefined)[];
  /** States stored per list, uncapped (for max_states_per_insn). */
  private readonly stored: Uint32Array;
  /** The lists holding states of more than one instruction (the shortcut in visit() is for one). */
  private readonly mixed: Uint8Array;
  /** Per instruction, 1 for the JMP and JMP32 classes (what `jumps` counts). */
  readonly isJump: Uint8Array;
  /** Per instruction, listOf() for a state in the program's own frame (a division at every visit otherwise). */
  private readonly mainList: Uint32Array;
  /**
   * Per list, the listed states whose paths are all finished: once the loop lookback is
   * used up and none is left to compare, visit() stops (a loop's list is mostly states still
   * being explored, which past the lookback change nothing).
   */
  private readonly finishedAt: Uint32Array;
  /**
   * Per list, how many of its listed states still being explored have a hint in each
   * bucket (made on first use): a visit whose hint's bucket is empty, where no listed state is
   * finished, can skip comparing (no state it would compare can equal the current one). (A
   * Map of the hints themselves cost a lookup by a number at every visit of a loop's head.)
   */
  private readonly liveHints: (Uint16Array | undefined)[];
  /** Instructions of the JMP classes processed so far (the kernel's jmps_processed): the walk adds isJump[pc] at each. */
  jumps = 0;
  private lastJumps = 0;
  private lastInsns = 0;
  private total = 0;
  /** States the kernel would hold now: in its lists, or evicted and still being explored (for peak_states). */
  private held = 0;
  private peak = 0;
  private maxPerInsn = 0;

  /** Per instruction: in a loop with a may_goto (whose paths are pruned against states not yet finished). */
  /** Stack liveness, for forgetting dead slots of finished states. */
  stack?: StackLiveness;
  /**
   * The kernel's loop visits (scc.ts), made in a program with a may_goto or a helper that calls
   * back (the only ones with back edges) or when a level-2 log traces them.
   */
  private scc?: LoopVisits;
  /** Marks a back edge's covering state's precise scalars along its path (the walk sets it); whether any mark is new. */
  propagate?: (b: Backedge) => boolean;

  /**
   * Reports where the walk enters and leaves loops, as the kernel's level-2 log does: a state
   * stored in a loop is the entry of its call chain's visit when that visit has none
   * (maybe_enter_scc); the visit is left when every path below that state has ended
   * (maybe_exit_scc, from update_branch_counts).
   */
  traceScc(cfg: Cfg, print: (line: string) => void): void {
    this.scc ??= new LoopVisits(loops(cfg.at, undefined, this.callbacks));
    this.scc.print = print;
  }

  /**
   * `old` covers the current state by ranges inside a loop (a may_goto's or a callback's): the
   * kernel keeps a copy as a back edge of the visit `old` belongs to (add_scc_backedge).
   */
  private loopHit(old: Snapshot, st: State, path: Pruned): Snapshot {
    if (this.scc?.backedge(old, st, path) && this.held + this.scc.count > this.peak) this.peak = this.held + this.scc.count;
    old.hits++;
    return old;
  }

  /** `SCC backedge (1)`, for the pruning just found, where the kernel prints it: after its precision marks. */
  reportBackedge(): void {
    this.scc?.report();
  }

  /** `st`'s frame at `cur`'s depth, and its references, as the kernel prints them after an endless loop (print_verifier_state). */
  private frameText(st: State, cur: State): string {
    return frameItems(st.frames[cur.frames.length - 1], this.maps) + frameTail(st, st.frames[cur.frames.length - 1]);
  }

  constructor(
    cfg: Cfg,
    type?: ProgType,
    private readonly maps: readonly MapDef[] = [],
  ) {
    ({ points: this.points, jumps: this.jumpPoints, forced: this.forced, callbacks: this.callbacks } = cfgMarks(cfg));
    this.live = liveBefore(cfg.at, type);
    // (the loops are found only in a program with a may_goto or a helper that calls back, the
    // only ones with back edges: a search costs as much as a short walk)
    const back = this.callbacks;
    const mayGoto = cfg.insns.some((d) => d.valid && d.spec.kind === "may_goto");
    // (only these make back edges; a level-2 log traces the visits of any program, traceScc())
    const scc = mayGoto || back.includes(1) ? loops(cfg.at, undefined, back) : undefined;
    if (scc) this.scc = new LoopVisits(scc);
    this.stored = new Uint32Array(cfg.at.length);
    this.mixed = new Uint8Array(cfg.at.length);
    this.finishedAt = new Uint32Array(cfg.at.length);
    this.explored = new Array<Snapshot[] | undefined>(cfg.at.length).fill(undefined);
    this.liveHints = new Array<Uint16Array | undefined>(cfg.at.length).fill(undefined);
    this.mainList = new Uint32Array(cfg.at.length);
    for (let pc = 0; pc < cfg.at.length; pc++) this.mainList[pc] = ((pc ^ -1) >>> 0) % cfg.at.length;
    this.isJump = new Uint8Array(cfg.at.length);
    for (const d of cfg.insns) if (d.valid && ((d.insn.code & 7) === 5 || (d.insn.code & 7) === 6)) this.isJump[d.pc] = 1;
  }

  /**
   * The list a state at `pc` is kept in and compared with, as the kernel's explored_state():
   * (pc ^ callsite of the innermost frame, -1 for the program's) modulo the program's length.
   * A function's states at one instruction are compared only with those of the same call, and
   * an open state of another call does not keep a state from being stored.
   */
  private listOf(pc: number, st: State): number {
    const callsite = st.frames[st.frames.length - 1].callsite;
    return callsite === -1 ? this.mainList[pc] : ((pc ^ callsite) >>> 0) % this.stored.length;
  }

  /**
   * The path reached prune point `pc` in state `st` after `insns` instructions in all: the stored
   * state that covers it, if any; otherwise the state may be stored, and then it becomes the
   * path's parent and the path's history starts afresh.
   */
  visit(pc: number, st: State, path: Pruned, insns: number, mayGoto: boolean): Snapshot | undefined {
    const list = this.listOf(pc, st);
    const seen = this.explored[list] ?? (this.explored[list] = []);
    // (max_states_per_insn counts the list as the search found it: a state evicted on the way counts)
    const listed = this.stored[list];
    // (a list not mixed holds states of one instruction: seen[0]'s)
    const mixed = this.mixed[list] === 1 || (seen.length > 0 && seen[0].st.pc !== pc);
    const dj = this.jumps - this.lastJumps;
    const di = insns - this.lastInsns;
    // (the kernel's force_new_state: a forced checkpoint, or a long history since the last state)
    const force = this.forced[pc] === 1 || path.entries > HISTORY_FORCE;
    let add = force || (dj >= 2 && di >= 8);
    // (at a may_goto or a callback's call every open state is compared by ranges, as the kernel
    // compares every state of its list: the lookback bounds only the search for an endless loop)
    let looking = mayGoto || this.callbacks[pc] === 1 ? Infinity : LOOP_LOOKBACK;
    let hint = NaN; // loopHint(st), once a comparison needs it
    let finishedLeft = this.finishedAt[list];
    if (finishedLeft === 0 && !force && seen.length > 0 && !mixed && dj < 20 && di < 100 && !mayGoto && this.callbacks[pc] !== 1) {
      // every listed state here is still being explored (a loop's head): the newest is compared
      // first, so the loop below would stop the path from being stored here (as the kernel does
      // inside a loop; then no state counts a miss) and could only find an endless loop in a
      // state with the same hint (not at a may_goto or a callback's call, where a state of
      // another hint may cover this one by ranges)
      hint = loopHint(st);
      const live = this.liveHints[list];
      if (live === undefined || live[bucketOf(hint)] === 0) {
        add = false;
        looking = 0;
      }
    }
    for (let k = looking > 0 ? seen.length - 1 : -1; k >= 0; k--) {
      const old = seen[k];
      if (old.branches > 0) {
        if (mixed && old.st.pc !== pc) continue;
        if (looking-- <= 0) {
          if (finishedLeft === 0 && !add) break; // nothing further down can match, change `add` or miss
        } else {
          // still being explored: an ancestor on a loop, or a path waiting on the stack
          // may_goto bounds its loop at run time: covering an earlier iteration is enough
          if (mayGoto && old.st.mayGoto !== st.mayGoto && stateCovers(old.st, st, true, this.live)) return this.loopHit(old, st, path);
          // at a helper call that calls back, the states of the loop its callback makes are compared
          // by ranges, and an equal one is not an endless loop (the helper bounds it)
          if (this.callbacks[pc] === 1) {
            if (stateCovers(old.st, st, true, this.live)) return this.loopHit(old, st, path);
          }
          // (only at the same may_goto depth: a may_goto passed since bounds the loop at run time)
          else if (old.st.mayGoto === st.mayGoto && old.st.callbackUnroll === st.callbackUnroll && old.hint === (hint === hint ? hint : (hint = loopHint(st))) && stateEquals(old.st, st, this.live)) throw new VerifyError(pc, "infinite-loop", { insn: pc, cur: this.frameText(st, st), old: this.frameText(old.st, st) });
        }
        if (!force && dj < 20 && di < 100) add = false;
      } else {
        // a finished state: its precise scalars say what it needed; imprecise ones match anything
        finishedLeft--;
        if (mixed && old.st.pc !== pc) continue;
        // (a state of a loop whose visit holds back edges may not have all its marks yet: the
        // kernel neither forgets its dead slots nor compares it but by ranges, and a match is one
        // more back edge: incomplete_read_marks)
        const open = this.incomplete(old.st);
        if (!old.cleaned && !open && this.cleanable(old, st)) {
          this.stack?.clean(old.st);
          old.cleaned = true;
        }
        if (stateCovers(old.st, st, open, this.live)) {
          if (open) return this.loopHit(old, st, path);
          old.hits++;
          return old;
        }
      }
      // a miss: counted only when a state will be stored here (else a loop's iterations would
      // evict the states of its first ones); a state that misses more than 3 times per hit (64
      // for the open ones at a forced checkpoint) is let go, as unlikely to cover anything
      if (add) old.misses++;
      const n = this.forced[pc] === 1 && old.branches > 0 ? 64 : 3;
      if (old.misses > old.hits * n + n) this.evict(seen, k);
    }
    if (listed > this.maxPerInsn) this.maxPerInsn = listed;
    const n = this.stored[list];
    if (!add) return undefined;
    const snapHint = hint === hint ? hint : loopHint(st);
    const snap: Snapshot = { st: storedState(st, path.parent?.st), branches: 1, parent: path.parent, len: path.len, first: path.first, last: path.last, jumps: path.jumps, extra: path.extra, truncated: path.truncated, hint: snapHint, listed: seen.length < KEEP_PER_INSN, evicted: false, cleaned: false, list, depth: path.parent ? path.parent.depth + 1 : 0, hits: 0, misses: 0 };
    if (snap.listed) {
      if (seen.length > 0 && seen[0].st.pc !== pc) this.mixed[list] = 1;
      seen.push(snap);
      // (at most KEEP_PER_INSN listed per instruction: a count fits 16 bits)
      (this.liveHints[list] ?? (this.liveHints[list] = new Uint16Array(HINT_BUCKETS)))[bucketOf(snapHint)]++;
    }
    this.scc?.stored(snap);
    this.stored[list] = n + 1;
    this.total++;
    const backedges = this.scc?.count ?? 0;
    if (++this.held + backedges > this.peak) this.peak = this.held + backedges;
    path.parent = snap;
    path.len = 0;
    path.jumps = [];
    path.extra = undefined;
    path.truncated = false;
    path.entries = 0;
    this.lastJumps = this.jumps;
    this.lastInsns = insns;
    return undefined;
  }

  /**
   * Whether the finished state `old` may forget its dead stack slots before it is compared with
   * `cur` (the kernel's clean_live_states): it stands where `cur` does in every frame. The caller
   * asks only while the state's loop visit holds no back edges (incomplete_read_marks): once
   * forgotten, a slot stays forgotten, even when the visit later gains some.
   */
  private cleanable(old: Snapshot, cur: State): boolean {
    if (!this.stack) return false;
    const a = old.st.frames;
    const b = cur.frames;
    if (a.length !== b.length) return false;
    for (let f = 0; f < a.length; f++) {
      if (a[f].callsite !== b[f].callsite) return false;
    }
    return true;
  }

  /**
   * The kernel's find_prev_entry: where a loop through `pc` was entered before, for widening. The
   * newest state listed at `pc` that is still being explored, in the same calls as `st`, and
   * stored above depth `depth` (a path's depth is its parent's plus one). Its list is searched,
   * not the path's ancestors: an evicted state is not found, and a state of a path still waiting
   * may be.
   */
  prevEntry(pc: number, st: State, depth: number): State | undefined {
    const seen = this.explored[this.listOf(pc, st)];
    if (seen === undefined) return undefined;
    for (let k = seen.length - 1; k >= 0; k--) {
      const s = seen[k];
      if (s.st.pc === pc && s.branches > 0 && s.depth < depth && sameCallsites(s.st, st)) return s.st;
    }
    return undefined;
  }

  /** Takes `seen[k]` out of its list (the kernel's eviction of states that miss). */
  private evict(seen: Snapshot[], k: number): void {
    const old = seen[k];
    seen.splice(k, 1);
    old.listed = false;
    this.stored[old.list]--;
    if (old.branches > 0) {
      this.liveHints[old.list]![bucketOf(old.hint)]--;
      old.evicted = true;
    } else {
      this.finishedAt[old.list]--;
      // (freed at once, unless its loop's visit still holds back edges: maybe_free_verifier_state)
      if (!this.incomplete(old.st)) this.held--;
    }
  }

  /** Whether the visit of the loop `st` stands in still holds back edges (the kernel's incomplete_read_marks). */
  private incomplete(st: State): boolean {
    return this.scc !== undefined && this.scc.incomplete(st);
  }

  /**
   * A new pass (a global function verified on its own): the states stored so far are let go, as
   * the kernel frees them (its counts go on; so does its peak, which 6.18 does not lower).
   */
  newPass(): void {
    this.scc?.clear();
    this.explored.fill(undefined);
    this.held = 0;
    this.mixed.fill(0);
    this.finishedAt.fill(0);
    this.liveHints.fill(undefined);
  }

  /** A path pushed at a branch: one more below its stored state. */
  forked(path: Pruned): void {
    if (path.parent) path.parent.branches++;
  }

  /** A path ended (exit, dead branch or pruned): its stored states may be finished. */
  finished(path: Pruned): void {
    for (let s = path.parent; s; s = s.parent) {
      if (--s.branches > 0) break;
      this.scc?.finished(s, this.propagate);
      // (the kernel frees an evicted state once its paths are done, unless the visit of its
      // loop still holds back edges: then never, and it counts in peak_states to the end)
      if (s.evicted && !this.incomplete(s.st)) this.held--;
      if (s.listed) {
        this.finishedAt[s.list]++;
        const live = this.liveHints[s.list];
        if (live !== undefined) live[bucketOf(s.hint)]--;
      }
    }
  }

  /** The statistics line the kernel ends its log with. `mark_read` is always 0 in 6.18. */
  line(processed: number, limit: number): string {
    return `processed ${processed} insns (limit ${limit}) max_states_per_insn ${this.maxPerInsn} total_states ${this.total} peak_states ${this.peak} mark_read 0`;
  }
}
