// The verifier log in the kernel's (6.18) layout, built as the walk goes:
//
//   0: R1=ctx() R10=fp0                          the state before an instruction, when it is news
//   0: (b7) r0 = 0                        ; R0=0  each instruction, with what it touched
//   from 6 to 9: R0=0 R10=fp0                     (level 2) a branch taken up again
//   9: safe                                       a state an earlier one covers
//
// Like the kernel, it prints only the registers and stack slots the last instruction read or
// wrote ("scratched"), and everything after a jump to a new path. At level 1 the kernel gives the
// log back to where it was when a branch was pushed each time it takes that branch up, so what
// stays is the path that failed; bpfplay does the same with `mark` and `reset`.

import type { Cfg } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { LineEntry, MapDef } from "../program.ts";
import { liveness, touched } from "./effects.ts";
import { frameItems, frameTail, kernelInsn } from "./print.ts";
import type { VerifierCode } from "./codes.ts";
import type { Frame, State } from "./state.ts";
import { stackMaskText } from "./stack_live.ts";
import type { LiveTrace } from "./stack_live.ts";
import type { Tracer } from "./walk.ts";

/** The log keeps this many lines (the kernel's is bounded by the caller's buffer). */
const LOG_LINES = 20_000;

/** Where an annotation's `;` goes: the kernel's alignment for an instruction line of `len` characters. */
export function annotationColumn(len: number): number {
  return Math.ceil(Math.max(len + 5, 40) / 8) * 8 - 2;
}

/** A program's line table and source texts, for the `; line @ file:N` lines. */
export interface SourceLines {
  readonly table: readonly (LineEntry | undefined)[];
  readonly texts: Readonly<Record<string, string>>;
}

/** A place in the log to come back to (level 1), with the line it ended on at the time. */
export interface LogMark {
  readonly pos: number;
  readonly last: string | undefined;
}

/** Where a pushed path takes the log up: the branch that pushed it, and the log's place then. */
interface LogResume {
  readonly from: number;
  readonly mark: LogMark;
}

/** `r1,r6` for a register mask, `-8,-16` for stack slots, as mark_precise lines print them. */
const regList = (m: number) => [...Array(10).keys()].filter((k) => m & (1 << k)).map((k) => `r${k}`).join(",");
const slotList = (s: readonly number[]) => s.map((k) => `${-8 * (k + 1)}`).join(",");

export class KernelLog implements Tracer, LiveTrace {
  readonly lines: string[] = [];
  /** Index of the instruction line an annotation may still extend (nothing printed since). */
  private open = -1;
  /** Print the whole state before the next instruction (a new path, a new function). */
  private all = true;
  private regs = 0;
  private slots = new Set<number>();
  /** Level 1 after a reset: the line the kernel left without its newline, to continue. */
  private join = false;

  /** The source line record (its first slot) last printed, as the kernel's prev_linfo. */
  private prevLine: { start: number; file: string; line: number } | undefined;
  /** The instruction being checked is logged (the log is not full). */
  private logging = true;
  /** The branch a path was taken up from, or the call returned from, for the next instruction's `from N to M:`. */
  private from: number | undefined;
  /** Before an exit from a subprogram: the callee's frame as it was. */
  private callee: string | undefined;
  /** Frames before the instruction being checked (a call that enters a function makes one more). */
  private depth = 0;
  /** The instruction being checked pushed a path (a branch, or a helper's callback). */
  private forked = false;
  /** Global functions were verified in passes of their own (level 1 then keeps what followed the last one). */
  private passes = false;

  constructor(
    readonly level: 1 | 2,
    private readonly cfg: Cfg,
    /** The program's type, for the live registers around the helper calls it may not make. */
    private readonly type: ProgType,
    private readonly maps: readonly MapDef[],
    private readonly source?: SourceLines,
  ) {}

  // ---- the walk's events (Tracer) ---------------------------------------------------------

  get tracesPrecision(): boolean {
    return this.level === 2;
  }

  begin(): void {
    if (this.level === 2) this.header(this.cfg.funcs, this.cfg.at);
  }

  resume(_st: State, at: unknown): void {
    const r = at as LogResume | undefined;
    if (this.level === 1 && r) this.reset(r.mark);
    this.from = r?.from;
    this.all = true;
  }

  fork(pc: number): LogResume {
    this.forked = true;
    return { from: pc, mark: this.mark() };
  }

  pruned(pc: number): void {
    // (pruned where a path was taken up or a call returned to: the kernel names where it came from)
    if (this.from === undefined) this.push(`${pc}: safe`);
    else {
      this.push("");
      this.push(`from ${this.from} to ${pc}: safe`);
      this.from = undefined;
    }
  }

  insn(st: State, d: Decoded): void {
    this.logging = this.lines.length < LOG_LINES;
    this.callee = undefined;
    this.forked = false;
    this.depth = st.frames.length;
    if (this.logging) {
      const frame = st.frames[st.frames.length - 1];
      this.insnLine(st, d, this.from);
      this.touch(d, frame);
      if (d.valid && d.spec.kind === "exit" && st.frames.length > 1) this.callee = frameItems(frame, this.maps) + frameTail(st, frame);
    } else if (this.lines.length === LOG_LINES) this.push("... (log truncated)");
    this.from = undefined;
  }

  left(st: State): void {
    // (a tail call or a packet load in a subprogram may return from it: the callee as it leaves)
    const frame = st.frames[st.frames.length - 1];
    if (this.logging) this.callee = frameItems(frame, this.maps) + frameTail(st, frame);
  }

  after(d: Decoded, next: State | "exit"): void {
    if (!this.logging || typeof next !== "object") return;
    if (d.valid && d.spec.kind === "jcc") this.flush(d.pc, next);
    if (d.valid && d.spec.kind === "call" && d.spec.op === "local" && next.frames.length > this.depth) this.call(next);
    // a helper that pushed its callback: the kernel prints the caller's whole state next
    if (d.valid && d.spec.kind === "call" && d.spec.op === "helper" && this.forked) this.all = true;
    if (this.callee !== undefined) {
      this.ret(this.callee, next);
      // (after an exit the kernel names where it came from; after a tail call's return it prints the state)
      if (d.valid && d.spec.kind === "exit") this.from = d.pc;
      else this.regs |= 1; // (r0, which the call set)
    }
  }

  // ---- precision tracking (level 2: mark_precise lines) -----------------------------------

  private get tracing(): boolean {
    return this.level === 2 && this.logging;
  }

  propagate(old: State): void {
    if (!this.tracing) return;
    for (let f = old.frames.length - 1; f >= 0; f--) {
      const fr = old.frames[f];
      const items: string[] = [];
      fr.regs.forEach((r, k) => k < 10 && r.type === "scalar" && r.precise && items.push(`r${k}`));
      fr.stack.forEach((sl, k) => sl?.spilled?.type === "scalar" && sl.spilled.precise && items.push(`fp${-8 * (k + 1)}`));
      if (items.length) this.push(`frame ${f}: propagating ${items.join(",")}`);
    }
  }

  start(frame: number, last: number, first: number, subseq: number): void {
    if (this.tracing) this.push(`mark_precise: frame${frame}: last_idx ${last} first_idx ${first} subseq_idx ${subseq} `);
  }

  before(frame: number, regs: number, slots: readonly number[], pc: number): void {
    const d = this.cfg.at[pc];
    if (this.tracing && d) this.push(`mark_precise: frame${frame}: regs=${regList(regs)} stack=${slotList(slots)} before ${pc}: ${kernelInsn(d)}`);
  }

  parent(frame: number, regs: number, slots: readonly number[], st: State): void {
    if (this.tracing) this.push(`mark_precise: frame${frame}: parent state regs=${regList(regs)} stack=${slotList(slots)}: ${frameItems(st.frames[frame], this.maps)}${frameTail(st, st.frames[frame])}`);
  }

  // ---- stack liveness (level 2: the masks that changed, stack_live.ts) ---------------------------

  liveMask(chain: string, frame: number, pc: number, what: "live" | "written", old: bigint, now: bigint): void {
    if (this.lines.length >= LOG_LINES) return;
    const changed = old ^ now;
    const ones = now & changed;
    const zeros = ~now & changed;
    let line = `${chain} frame ${frame} insn ${pc} `;
    if (ones) line += `+${what} ${stackMaskText(ones)} `;
    if (zeros) line += `-${what} ${stackMaskText(zeros)}`;
    this.push(line);
  }

  /** `SCC enter (1)`, `SCC exit (1)`: the walk enters or leaves a loop (level 2; prune.ts traceScc()). */
  scc(line: string): void {
    if (this.lines.length < LOG_LINES) this.push(line);
  }

  liveDone(chain: string, iterations: number): void {
    if (this.lines.length < LOG_LINES) this.push(`${chain} live stack update done in ${iterations} iterations`);
  }

  // ---- passes (global functions, verified on their own after the program) -------------------

  /** A line of its own: `Func#1 ('f') is global and assumed valid.` */
  note(line: string): void {
    if (this.logging) this.push(line);
  }

  /** A pass succeeded: at level 1 the kernel gives its log back (what follows stays). */
  passDone(): void {
    this.passes = true;
    if (this.level === 1) this.reset({ pos: 0, last: undefined });
  }

  /** A new pass starts with `line` (`Validating f() func#1...`): its first state in full, its source lines afresh. */
  pass(line: string): void {
    this.push(line);
    this.prevLine = undefined;
    this.from = undefined;
    this.all = true;
  }

  force(frame: number, marked?: { readonly frame: number; readonly what: string }): void {
    if (!this.tracing) return;
    if (marked) this.push(`force_precise: frame${marked.frame}: forcing ${marked.what} to be precise`);
    else this.push(`mark_precise: frame${frame}: falling back to forcing all scalars precise`);
  }

  // ---- the end ------------------------------------------------------------------------------

  /**
   * The log's lines at the end. `when`: the error came before the walk, or after it (then the
   * walk's log is the accepted program's); the caller adds the error and the statistics.
   */
  finish(error: VerifierCode | undefined, when?: "before" | "after"): string[] {
    // level 1 keeps nothing but the statistics for an accepted program
    // (after passes of global functions, each successful pass gave it back already)
    if (this.level === 1 && (error === undefined || when === "after") && !this.passes) this.lines.length = 0;
    // level 2 names the functions before the checks that come ahead of the walk, but after finding calls
    if (this.level === 2 && when === "before" && error !== "bad-call-target" && error !== "kfunc") this.header(this.cfg.funcs);
    return this.lines;
  }

  // ---- lines --------------------------------------------------------------------------------

  /**
   * `; <source line> @ file:line` before an instruction that starts a new line record, as the
   * kernel prints a program's BTF line info (verbose_linfo): leading blanks trimmed, the file's
   * base name, and not twice in a row for the same file and line.
   */
  private sourceLine(pc: number): void {
    const s = this.source;
    const e = s?.table[pc];
    if (!s || !e) return;
    let start = pc;
    const same = (a: LineEntry | undefined) => a && a.file === e.file && a.line === e.line && a.column === e.column;
    while (start > 0 && same(s.table[start - 1])) start--;
    const prev = this.prevLine;
    if (prev && (prev.start === start || (prev.file === e.file && prev.line === e.line))) return;
    this.prevLine = { start, file: e.file, line: e.line };
    const text = (s.texts[e.file]?.split("\n")[e.line - 1] ?? "").replace(/^\s+/, "");
    this.push(`; ${text} @ ${e.file.slice(e.file.lastIndexOf("/") + 1)}:${e.line}`);
  }

  /** A line of its own (errors, "safe", headers). */
  private push(line: string): void {
    if (this.join) {
      this.join = false;
      this.lines[this.lines.length - 1] += ` ${line}`;
    } else this.lines.push(line);
    this.open = -1;
  }

  private stateText(st: State, all: boolean): string {
    const f = st.frames[st.frames.length - 1];
    return all ? frameItems(f, this.maps) + frameTail(st, f) : frameItems(f, this.maps, this.regs, this.slots) + frameTail(st, f);
  }

  /** Before instruction `d`: the state if it is news, then the instruction. `from` is set when a branch is taken up. */
  private insnLine(st: State, d: Decoded, from?: number): void {
    const pc = d.pc;
    if (from !== undefined && this.level === 2) {
      this.push("");
      this.push(`from ${from} to ${pc}:${this.stateText(st, true)}`);
    }
    this.flush(pc, st);
    this.sourceLine(pc);
    this.push(`${pc}: ${kernelInsn(d)}`);
    this.open = this.lines.length - 1;
  }

  /**
   * After a conditional jump the kernel prints the state at once, under the jump's own index
   * (other instructions' states wait for the next instruction).
   */
  private flush(pc: number, st: State): void {
    if (!this.all && !this.regs && !this.slots.size) return;
    const text = this.stateText(st, this.all);
    if (this.open >= 0 && !this.all) {
      const line = this.lines[this.open];
      this.lines[this.open] = `${line.padEnd(annotationColumn(line.length))};${text}`;
      this.open = -1;
    } else this.push(`${pc}:${text}`);
    this.all = false;
    this.regs = 0;
    this.slots.clear();
  }

  /** What the instruction about to run touches, from the state before it. */
  private touch(d: Decoded, f: Frame): void {
    const t = touched(d, f, this.maps);
    this.regs |= t.regs;
    for (const k of t.slots) this.slots.add(k);
  }

  /** A call into a subprogram: the caller's and callee's states, as the kernel prints them. */
  private call(st: State): void {
    const n = st.frames.length;
    // (each frame's line ends with the references the state holds, as print_verifier_state's do)
    this.push("caller:");
    this.push(frameItems(st.frames[n - 2], this.maps) + frameTail(st, st.frames[n - 2])); // (r0-r5 were scratched by the call)
    this.push("callee:");
    this.push(frameItems(st.frames[n - 1], this.maps) + frameTail(st, st.frames[n - 1]));
    this.all = true;
  }

  /** A return to the caller: `callee` is the callee's frame before it went. */
  private ret(callee: string, st: State): void {
    this.push("returning from callee:");
    this.push(callee);
    this.push(`to caller at ${st.pc}:`);
    this.push(frameItems(st.frames[st.frames.length - 1], this.maps) + frameTail(st, st.frames[st.frames.length - 1]));
    this.all = false;
    this.regs = 0;
    this.slots.clear();
  }

  private mark(): LogMark {
    return { pos: this.lines.length, last: this.lines[this.lines.length - 1] };
  }

  /**
   * Level 1: back to where the log was at `m`. The kernel writes an annotation over the newline
   * of the line it extends, so a line annotated since then comes back without its newline and
   * what follows continues it after a space.
   */
  private reset(m: LogMark): void {
    this.lines.length = m.pos;
    this.open = -1;
    this.join = false;
    if (m.pos > 0 && m.last !== undefined && this.lines[m.pos - 1] !== m.last) {
      this.lines[m.pos - 1] = m.last;
      this.join = true;
    }
  }

  /** Level 2's opening: the functions, then (once the program's shape is checked) the live registers before each instruction. */
  private header(funcs: readonly number[], at?: readonly (Decoded | undefined)[]): void {
    [...funcs].sort((a, b) => a - b).forEach((start, k) => this.push(`func#${k} @${start}`));
    if (!at) return;
    const live = liveness(at, this.type);
    this.push("Live regs before insn:");
    at.forEach((d, pc) => {
      if (!d) return;
      let regs = "";
      for (let r = 0; r < 10; r++) regs += live.before[pc] & (1 << r) ? `${r}` : ".";
      const scc = live.scc[pc] ? `${live.scc[pc]}`.padStart(3) + " " : "    ";
      this.push(`${scc}${`${pc}`.padStart(3)}: ${regs} ${kernelInsn(d)}`);
    });
  }

  text(): string {
    return this.lines.join("\n") + "\n";
  }
}
