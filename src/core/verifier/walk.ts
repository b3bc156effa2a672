// Path exploration, as the kernel's do_check: one path at a time from a stack of paths that
// branches pushed, each instruction checked by step(), states compared and stored at prune
// points (prune.ts), the history of each path kept for precision tracking (precision.ts).
// What happens is reported to a tracer (its interface is below; log.ts formats it); the walk
// itself never formats text.

import type { Cfg } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import { BPF_COMPLEXITY_LIMIT_INSNS, BPF_COMPLEXITY_LIMIT_JMP_SEQ } from "../isa/limits.ts";
import { AluError } from "./alu.ts";
import { rejection, VerifyError } from "./error.ts";
import type { Rejection } from "./error.ts";
import { histEntry, historyPcs, noHistory, record } from "./history.ts";
import type { HistExtra, History } from "./history.ts";
import { markPrecise, marked, preciseLocs } from "./precision.ts";
import type { PrecisionTracer } from "./precision.ts";
import type { Pruned, Snapshot, StateStore } from "./prune.ts";
import { pointer, unknownScalar } from "./reg.ts";
import { entryFrame, widen } from "./state.ts";
import type { State } from "./state.ts";
import { step } from "./step.ts";
import { frameView } from "./view.ts";
import type { FrameView, PathFrom } from "./view.ts";
import type { Verification } from "./verify.ts";

// ---- the tracer -------------------------------------------------------------------------
//
// What the walk reports as it goes, for a log to format. The walk decides; a tracer only writes
// down (the kernel-format log in log.ts is one). Precision tracking reports its backtracking
// through the same object (PrecisionTracer), so the log describes the marks the verifier made,
// not a second opinion. NO_TRACE, the default, does nothing.

/** Where a tracer stood when a branch pushed a path, to take it up there again (opaque to the walk). */
export type Resume = unknown;

export interface Tracer extends PrecisionTracer {
  /** Whether it writes precision tracking down (else backtracking skips the reports, and may take shortcuts). */
  readonly tracesPrecision: boolean;
  /** The walk starts (the checks that come before it passed). */
  begin(cfg: Cfg): void;
  /** A path is taken up: the first one (`from` undefined) or one a branch pushed, with what fork() gave then. */
  resume(st: State, from: Resume | undefined): void;
  /** The instruction being checked pushes a path to explore later. */
  fork(pc: number): Resume;
  /** The state at a prune point is covered by the stored `old`: its precise scalars are needed here too (marked next). */
  propagate(old: State): void;
  /** The path ends at `pc`: a stored state covers it. */
  pruned(pc: number): void;
  /** Instruction `d` is about to be checked in state `st`. */
  insn(st: State, d: Decoded): void;
  /**
   * The instruction being checked leaves a subprogram other than by its exit (a tail call or an
   * LD_ABS that may end the program returns from it too): `st` with that frame on top, as it leaves.
   */
  left(st: State): void;
  /** Instruction `d` was checked: the state after it, or how the path ended. */
  after(d: Decoded, next: State | "exit"): void;
}

const nothing = (): undefined => undefined;

export const NO_TRACE: Tracer = {
  tracesPrecision: false,
  begin: nothing,
  resume: nothing,
  fork: nothing,
  propagate: nothing,
  pruned: nothing,
  insn: nothing,
  left: nothing,
  after: nothing,
  start: nothing,
  before: nothing,
  parent: nothing,
};

// ---- the walk ---------------------------------------------------------------------------

/** The instructions of a failing path the verdict gives back, at most (the last ones). */
const ERROR_PATH_MAX = 20_000;

/** One path being explored: a state, its history since its last stored state, and that state. */
interface Path extends Pruned {
  st: State;
  /** For a path a branch pushed: where the tracer takes it up. */
  resume?: Resume;
  /** The newest branch it went through both ways (kept states only: FrameView.from). */
  from?: PathFrom;
  /** Per frame, by register: the instruction that last wrote it, -1 from the entry (kept states only: FrameView.by). */
  by?: Int32Array[];
}

/** Registers per frame, r0..r10. */
const REGS = 11;

/**
 * A path with every field in one order from the start (fields added later give the objects of
 * one kind several shapes, and every access to them a check of which).
 */
function newPath(st: State, parent: Snapshot | undefined, resume: Resume | undefined, h: History, by: Int32Array[] | undefined, entries = 0): Path {
  return { st, parent, resume, len: h.len, first: h.first, last: h.last, jumps: h.jumps, extra: h.extra, truncated: h.truncated ?? false, entries, from: undefined, by };
}

/**
 * After `pc` was checked, the registers the path's new state marks written (the step clears
 * every mark first) were written by `pc`. A bpf-to-bpf call's arguments keep their writers; a
 * return's r0 keeps the callee's writer of it (that is where the value was made).
 */
function noteWriters(p: Path, st: State, pc: number): void {
  const by = p.by;
  if (!by) return;
  const depth = st.frames.length;
  let returned: number | undefined;
  while (by.length < depth) {
    const callee = new Int32Array(REGS).fill(-1);
    callee.set(by[by.length - 1].subarray(1, 6), 1);
    by.push(callee);
  }
  while (by.length > depth) returned = by.pop()![0];
  const top = by[depth - 1];
  const regs = st.frames[depth - 1].regs;
  for (let k = 0; k < REGS; k++) if (regs[k].written) top[k] = pc;
  if (returned !== undefined && returned >= 0) top[0] = returned;
}

export interface Walked {
  /** Instructions processed, over every path (the kernel's insn_processed). */
  processed: number;
  /** The register and stack state before each instruction, one line per path that reached it (capped). */
  readonly states: Map<number, FrameView[]>;
  /** Instructions reached, by slot. */
  readonly seen: Uint8Array;
  error?: Rejection;
  /** For an error: the instructions of the path that led to it, from its start (or its last ERROR_PATH_MAX). */
  errorPath: number[];
}

/**
 * Explores the program from its entry, or (`pass`) a global function from the state its
 * prototype gives, continuing the counts and views of the walks before it (global.ts).
 */
export function walk(c: Verification, store: StateStore, tracer: Tracer, pass?: { readonly entry: State; readonly into: Walked }): Walked {
  const { cfg, program, type } = c;
  const out: Walked = pass?.into ?? { processed: 0, states: new Map(), seen: new Uint8Array(program.insns.length), errorPath: [] };
  const seen = out.seen;
  const keep = c.opts.keepStates ?? 8;
  let first = pass?.entry;
  if (!first) {
    const entry = entryFrame(0, -1, 0);
    entry.regs[1] = type.ctx === "none" ? unknownScalar() : pointer("ctx");
    first = { frames: [entry], refs: [], pc: 0, mayGoto: 0, callbackUnroll: 0 };
  }
  // the may_goto instructions, by slot (a string comparison at every instruction otherwise)
  const jumpPoints = store.jumpPoints;
  const isJump = store.isJump;
  const mayGotoAt = new Uint8Array(cfg.at.length);
  for (const d of cfg.insns) if (d.valid && d.spec.kind === "may_goto") mayGotoAt[d.pc] = 1;
  const stack: Path[] = [newPath(first, undefined, undefined, noHistory(), keep > 0 ? [new Int32Array(REGS).fill(-1)] : undefined)];
  let path = stack[0];
  /** Whether the state before the instruction being checked was kept in out.states. */
  let kept = false;
  /** The instruction being checked (step() moves st.pc ahead before it is done). */
  let at = -1;
  const ptrace = tracer.tracesPrecision ? tracer : undefined;
  const tracing = tracer !== NO_TRACE;
  const live = c.live;
  /** The registers and slots the instruction being checked asked to be precise (each is traced once per call of c.precise()). */
  const asked: number[] = [];
  /** How many of `asked` are the current instruction's (a count, not the length: resetting a length is a runtime call). */
  let askedN = 0;
  const one = [0]; // (markPrecise only reads it)
  // a decision needs these scalars' exact values: mark where they came from, one at a time as the kernel does
  c.precise = (st, locs) => {
    // (a register asked for twice in one call is walked twice: `if r6 == r6` marks dst, then src)
    const before = askedN;
    for (let n = 0; n < locs.length; n++) {
      const loc = locs[n];
      let dup = false;
      for (let k = 0; k < before; k++) if (asked[k] === loc) dup = true;
      if (dup) continue;
      asked[askedN++] = loc;
      one[0] = loc;
      markPrecise(cfg, st, at, path, one, ptrace);
    }
  };

  // when a loop's visit is left, its back edges get their covering states' precision again
  store.propagate = (b) => {
    const before = marked.count;
    tracer.propagate(b.equal.st);
    markPrecise(cfg, b.st, b.pc, b.path, preciseLocs(b.equal.st, store.live), ptrace);
    return marked.count !== before;
  };

  // a callback's exit went back to its call: once the tracer has printed the return, what changed
  // since the path last stored a state there is forgotten (below, after the instruction)
  let callbackReturned = false;
  c.callbackReturned = () => {
    callbackReturned = true;
  };
  c.leftSubprog = (st) => tracer.left(st);

  // the paths a branch pushes from the instruction being checked (one callback for the walk:
  // a closure per instruction was a tenth of what the walk allocates)
  const children: Path[] = [];
  let forkAt = 0;
  const fork = (other: State) => {
    const parent = path;
    store.forked(parent);
    const h: History = { len: parent.len, first: parent.first, last: parent.last, jumps: parent.jumps.slice(), extra: parent.extra && new Map(parent.extra), truncated: parent.truncated };
    const p = newPath(other, parent.parent, tracer.fork(forkAt), h, parent.by?.map((a) => a.slice()), parent.entries);
    children.push(p);
    stack.push(p);
    // the kernel bounds the paths waiting to be explored (BPF_COMPLEXITY_LIMIT_JMP_SEQ)
    if (stack.length > BPF_COMPLEXITY_LIMIT_JMP_SEQ) throw new VerifyError(forkAt, "jump-seq", { jumps: stack.length });
  };

  if (!pass) tracer.begin(cfg);
  while (stack.length) {
    path = stack.pop()!;
    let { st } = path;
    tracer.resume(st, path.resume);
    live?.entered();
    try {
      for (;;) {
        const pc = st.pc;
        at = -1;
        const d = cfg.at[pc];
        if (!d) throw new VerifyError(pc, "ldimm64-middle", { insn: pc - 1 });
        if (++out.processed > BPF_COMPLEXITY_LIMIT_INSNS) throw new VerifyError(pc, "too-large", { processed: out.processed });
        seen[pc] = 1;
        at = pc;
        kept = false;
        if (keep > 0) {
          const frame = st.frames[st.frames.length - 1];
          const list = out.states.get(pc) ?? (out.states.set(pc, []), out.states.get(pc)!);
          if (list.length < keep) {
            list.push(frameView(frame, program.maps, { from: path.from, by: path.by?.[frame.index] }));
            kept = true;
          }
        }
        const mayGoto = mayGotoAt[pc] === 1;
        if (store.points[pc]) {
          const hit = store.visit(pc, st, path, out.processed, mayGoto);
          if (hit) {
            // this path goes on as the stored one did (in a loop, as its next iterations do): what
            // that one needed precise, this one needs too (the kernel's propagate_precision, at every hit)
            tracer.propagate(hit.st);
            markPrecise(cfg, st, pc, path, preciseLocs(hit.st, store.live), ptrace);
            // (pruned against a state whose precision is not final yet, in a loop: the store kept
            // a back edge, and the states of that loop are compared by ranges until its visit is
            // left and the back edges' precision is propagated, as 6.18 does: incomplete())
            store.reportBackedge();
            tracer.pruned(pc);
            // (the kernel's order: branch counts, which may leave a loop, then the stack's liveness)
            store.finished(path);
            live?.update(st);
            break;
          }
        }
        if (mayGoto) {
          // the state this loop head had an iteration ago (only a may_goto reads it): looked up
          // from the path's parent, the state just stored here, as the kernel does
          c.mayGotoPrev = path.parent && store.prevEntry(pc, st, path.parent.depth);
        }

        if (tracing) tracer.insn(st, d); // (a call per instruction costs until the walk is optimized)
        store.jumps += isJump[pc]; // (counted after its prune point is visited; a method call here cost until the walk is optimized)
        const frameNo = st.frames.length - 1;
        c.lastSlot = -1;
        c.kernelHist = false;
        c.lastLinked = undefined;
        c.lastGlobal = false;
        askedN = 0;
        if (children.length) children.length = 0;
        forkAt = pc;
        const depth = st.frames.length;
        live?.begin(st, pc);
        const next = step(c, st, d, fork);
        if (live) {
          // (as the kernel: a call that enters a function drops the write marks; a return from one
          // brings its chain's liveness up to date first)
          if (typeof next !== "object") {
            live.commit();
          } else if (next.frames.length > depth) live.entered();
          else if (next.frames.length < depth) live.returned();
          else live.commit();
        }
        // the history backtracking reads (precision.ts), for this path and any it forked
        const extra: HistExtra | undefined = c.lastGlobal
          ? { global: true }
          : c.lastSlot >= 0 || c.lastLinked
            ? { slot: c.lastSlot >= 0 ? c.lastSlot : undefined, linked: c.lastLinked }
            : undefined;
        // (indexed loops: an iterator is an allocation until the walk is optimized, at every instruction)
        const entry = histEntry(pc, frameNo);
        record(path, entry, extra);
        // (a path pushed to run this instruction again, maybe_fork_scalars's, has not run it: the
        // kernel's history holds it only as a jump point's entry)
        for (let k = 0; k < children.length; k++) if (children[k].st.pc !== pc || jumpPoints[pc] === 1) record(children[k], entry, extra);
        // and the kernel's own history's length (insn_hist): one entry for this instruction, if any
        if (jumpPoints[pc] === 1 || c.kernelHist || c.lastLinked) {
          path.entries++;
          for (let k = 0; k < children.length; k++) children[k].entries++;
        }
        if (path.by) {
          // where each path goes on from here: a branch both ways names it, a write names its registers
          // (a path pushed to run this instruction again: the split of an AND or OR, forkSign())
          const zero = children.length === 1 && children[0].st.pc === pc ? children[0].st.frames[children[0].st.frames.length - 1].regs[d.insn.dst] : undefined;
          const low32 = zero !== undefined && zero.var.mask !== 0n;
          for (let k = 0; k < children.length; k++) {
            const p = children[k];
            p.from = zero ? { pc, taken: false, split: { value: 0, low32 } } : { pc, taken: p.st.pc !== pc + d.slots };
            noteWriters(p, p.st, pc);
          }
          if (typeof next !== "string") {
            if (children.length) path.from = zero ? { pc, taken: false, split: { value: -1, low32 } } : { pc, taken: next.pc !== pc + d.slots };
            noteWriters(path, next, pc);
          }
        }
        if (tracing) tracer.after(d, next);
        if (callbackReturned && typeof next === "object") {
          // (the kernel's find_prev_entry, from the current state: its depth is one below its parent's)
          callbackReturned = false;
          const prev = store.prevEntry(next.pc, next, path.parent ? path.parent.depth + 1 : 0);
          if (prev) widen(prev, next);
        }
        if (next === "exit") {
          store.finished(path);
          live?.update(st);
          break;
        }
        st = next;
      }
    } catch (e) {
      if (e instanceof VerifyError || e instanceof AluError) {
        // a function's return refused (a stack pointer, a callback's value): the kernel brought its
        // chain's stack liveness up to date first
        const failed = at >= 0 ? cfg.at[at] : undefined;
        if (live && failed?.valid && failed.spec.kind === "exit" && st.frames.length > 1) live.returned();
        out.error = rejection(e instanceof VerifyError ? e.pc : st.pc, e);
        if (keep > 0) keepFailed(out.states, out.error.pc, keep, kept && at === out.error.pc, () => frameView(st.frames[st.frames.length - 1], program.maps, { from: path.from, by: path.by?.[st.frames.length - 1] }));
        out.errorPath = pathTo(path, at);
        return out;
      }
      throw e;
    }
  }
  return out;
}

/**
 * The failing path's state at the error's instruction is always among those kept there (the
 * last one), marked: when the instruction's list was full, it replaces the last. A state made
 * here rather than before the instruction was checked may have lost its `_w` marks (the check
 * clears them first); everything else is as it was, since a rejected instruction writes nothing.
 */
function keepFailed(states: Map<number, FrameView[]>, errPc: number, keep: number, keptNow: boolean, now: () => FrameView): void {
  const list = states.get(errPc) ?? (states.set(errPc, []), states.get(errPc)!);
  if (keptNow && list.length) {
    list[list.length - 1] = { ...list[list.length - 1], failed: true };
    return;
  }
  const view = { ...now(), failed: true };
  if (list.length < keep) list.push(view);
  else list[list.length - 1] = view;
}

/** The instructions a path ran, from its history up the chain of stored states, then `last` if any. */
function pathTo(path: Path, last: number): number[] {
  const segments: number[][] = [];
  let n = last >= 0 ? 1 : 0;
  for (let h: (History & { parent?: Snapshot }) | undefined = path; h && n < ERROR_PATH_MAX; h = h.parent) {
    segments.push(historyPcs(h));
    n += h.len;
  }
  const out: number[] = [];
  for (let k = segments.length - 1; k >= 0; k--) for (const pc of segments[k]) out.push(pc);
  if (last >= 0) out.push(last);
  return out.length > ERROR_PATH_MAX ? out.slice(-ERROR_PATH_MAX) : out;
}
