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

import type { Decoded } from "../isa/index.ts";
import type { LineEntry, MapDef } from "../program.ts";
import { helperProto } from "../isa/helper_protos.ts";
import { touched } from "./effects.ts";
import { liveness } from "./liveness.ts";
import { kernelInsn, regText } from "./print.ts";
import type { Reg } from "./reg.ts";
import { Byte } from "./state.ts";
import type { Frame, State } from "./state.ts";

/** Where an annotation's `;` goes: the kernel's alignment for an instruction line of `len` characters. */
export function annotationColumn(len: number): number {
  return Math.ceil(Math.max(len + 5, 40) / 8) * 8 - 2;
}

function slotText(f: Frame, k: number, maps: readonly MapDef[]): string | undefined {
  const sl = f.stack[k];
  if (!sl) return undefined;
  const name = `fp${-8 * (k + 1)}`;
  if (sl.spilled && sl.bytes.every((b) => b === Byte.Spill)) return `${name}=${regText(sl.spilled, maps)}`;
  // the kernel keeps an 8-byte store of zero as a spilled constant
  if (sl.bytes.every((b) => b === Byte.Zero)) return `${name}=0`;
  // and a narrow store of a scalar at the slot's start as a narrow spill: the bytes above it, then the value
  const high = (from: number) => [...sl.bytes.subarray(from)].reverse().map((b) => "?m0r"[b]).join("");
  if (sl.spilled && sl.bytes[0] === Byte.Spill) {
    let n = 1;
    while (n < 8 && sl.bytes[n] === Byte.Spill) n++;
    return `${name}=${high(n)}${regText(sl.spilled, maps)}`;
  }
  for (const n of [4, 2, 1]) {
    if (sl.bytes.subarray(0, n).every((b) => b === Byte.Zero) && sl.bytes.subarray(n).every((b) => b !== Byte.Zero)) return `${name}=${high(n)}0`;
  }
  if (sl.bytes.some((b) => b !== Byte.Invalid)) return `${name}=${[...sl.bytes].reverse().map((b) => "?m0r"[b]).join("")}`;
  return undefined;
}

/**
 * A frame's registers and stack slots as the kernel prints them, each with a leading space:
 * ` frame1: R1=ctx() R10=fp0 fp-8=mmmmmmmm`. `regs` and `slots` choose what to print (all if absent).
 */
export function frameItems(f: Frame, maps: readonly MapDef[], regs?: number, slots?: ReadonlySet<number>, hideRegs = 0): string {
  let out = f.index ? ` frame${f.index}:` : "";
  f.regs.forEach((r: Reg, k) => {
    if (r.type === "not_init" || hideRegs & (1 << k)) return;
    if (regs !== undefined && !(regs & (1 << k))) return;
    out += ` R${k}=${regText(r, maps)}`;
  });
  f.stack.forEach((_, k) => {
    if (slots && !slots.has(k)) return;
    const t = slotText(f, k, maps);
    if (t) out += ` ${t}`;
  });
  return out;
}

const refsText = (st: State) => (st.refs.length ? ` refs=${st.refs.map((r) => r.id).join(",")}` : "");

/** A place in the log to come back to (level 1), with the line it ended on at the time. */
/** A program's line table and source texts, for the `; line @ file:N` lines. */
export interface SourceLines {
  readonly table: readonly (LineEntry | undefined)[];
  readonly texts: Readonly<Record<string, string>>;
}

export interface LogMark {
  readonly pos: number;
  readonly last: string | undefined;
}

export class KernelLog {
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

  constructor(
    readonly level: 1 | 2,
    private readonly maps: readonly MapDef[],
    private readonly source?: SourceLines,
  ) {}

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
  push(line: string): void {
    if (this.join) {
      this.join = false;
      this.lines[this.lines.length - 1] += ` ${line}`;
    } else this.lines.push(line);
    this.open = -1;
  }

  private stateText(st: State, all: boolean): string {
    const f = st.frames[st.frames.length - 1];
    return all ? frameItems(f, this.maps) + refsText(st) : frameItems(f, this.maps, this.regs, this.slots) + refsText(st);
  }

  /** Before instruction `d`: the state if it is news, then the instruction. `from` is set when a branch is taken up. */
  insn(st: State, d: Decoded, from?: number): void {
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
  flush(pc: number, st: State): void {
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
  touch(d: Decoded, f: Frame): void {
    const t = touched(d, f);
    this.regs |= t.regs;
    for (const k of t.slots) this.slots.add(k);
  }

  /** Everything is news from here (a new path, a new function). */
  scratchAll(): void {
    this.all = true;
  }

  /** A call into a subprogram: the caller's and callee's states, as the kernel prints them. */
  call(st: State): void {
    const n = st.frames.length;
    this.push("caller:");
    this.push(frameItems(st.frames[n - 2], this.maps, undefined, undefined, 0x3f)); // r0-r5 are the callee's now
    this.push("callee:");
    this.push(frameItems(st.frames[n - 1], this.maps));
    this.all = true;
  }

  /** A return to the caller: `callee` is the callee's frame before it went. */
  ret(callee: string, st: State): void {
    this.push("returning from callee:");
    this.push(callee);
    this.push(`to caller at ${st.pc}:`);
    this.push(frameItems(st.frames[st.frames.length - 1], this.maps));
    this.all = false;
    this.regs = 0;
    this.slots.clear();
  }

  mark(): LogMark {
    return { pos: this.lines.length, last: this.lines[this.lines.length - 1] };
  }

  /**
   * Level 1: back to where the log was at `m`. The kernel writes an annotation over the newline
   * of the line it extends, so a line annotated since then comes back without its newline and
   * what follows continues it after a space.
   */
  reset(m: LogMark): void {
    this.lines.length = m.pos;
    this.open = -1;
    this.join = false;
    if (m.pos > 0 && m.last !== undefined && this.lines[m.pos - 1] !== m.last) {
      this.lines[m.pos - 1] = m.last;
      this.join = true;
    }
  }

  /** Level 2's opening: the functions, then (once the program's shape is checked) the live registers before each instruction. */
  header(funcs: readonly number[], at?: readonly (Decoded | undefined)[]): void {
    [...funcs].sort((a, b) => a - b).forEach((start, k) => this.push(`func#${k} @${start}`));
    if (!at) return;
    const live = liveness(at);
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

/**
 * Where the kernel (6.18) may keep a state: at conditional jumps and their targets, after calls,
 * at the start of a called subprogram, at the targets of unconditional jumps. bpfplay prunes at other places; this set is for
 * following the kernel's counts and backtracking, not for pruning.
 */
export function kernelPrunePoints(insns: readonly Decoded[]): Set<number> {
  const out = new Set<number>();
  for (const d of insns) {
    if (!d.valid) continue;
    const { spec: s, insn: i, pc } = d;
    if (s.kind === "jcc") out.add(pc).add(pc + i.off + 1);
    else if (s.kind === "may_goto") out.add(pc);
    else if (s.kind === "call") {
      out.add(pc + 1);
      if (s.op === "local") out.add(pc + i.imm + 1);
    }
    else if (s.kind === "ja") out.add(pc + i.off + 1);
    else if (s.kind === "gotol") out.add(pc + i.imm + 1);
  }
  return out;
}

/**
 * The statistics line's state counts, as the kernel would count them. The kernel keeps a state
 * for pruning at a prune point (kernelPrunePoints) only once at least 2 jumps and 8 instructions were processed
 * since it last kept one (may_goto keeps one every time); bpfplay keeps more, so these counts
 * follow the kernel's rule over bpfplay's walk rather than bpfplay's own store. Inside a loop the
 * kernel keeps one only every 20 jumps or 100 instructions while an earlier state there is still
 * being explored; bpfplay takes every state kept in a loop to be such an ancestor. `mark_read` is
 * always 0 in 6.18 (read marks are gone); `peak_states` is `total_states`, as states are never
 * freed here.
 */
export class KernelStats {
  private jmps = 0;
  private lastJmps = 0;
  private lastInsns = 0;
  private readonly kept = new Map<number, number>();
  total = 0;
  maxPerInsn = 0;

  /** `loop[pc]` is non-zero for an instruction on a loop (its strongly connected component). */
  constructor(private readonly loop: readonly number[]) {}

  /** Instruction `d` was processed. */
  processed(d: Decoded): void {
    if (d.valid && (d.insn.code & 7) === 5) this.jmps++;
    else if (d.valid && (d.insn.code & 7) === 6) this.jmps++;
  }

  /** A prune point reached and not pruned, after `insns` instructions processed in all. */
  /** Whether the kernel would keep a state here (the current state then starts at `pc`). */
  checkpoint(pc: number, insns: number, force: boolean): boolean {
    const n = this.kept.get(pc) ?? 0;
    if (n > this.maxPerInsn) this.maxPerInsn = n;
    const dj = this.jmps - this.lastJmps;
    const di = insns - this.lastInsns;
    let add = force || (dj >= 2 && di >= 8);
    if (n > 0 && this.loop[pc] && !force && dj < 20 && di < 100) add = false;
    if (!add) return false;
    this.kept.set(pc, n + 1);
    this.total++;
    this.lastJmps = this.jmps;
    this.lastInsns = insns;
    return true;
  }

  line(processed: number, limit: number): string {
    return `processed ${processed} insns (limit ${limit}) max_states_per_insn ${this.maxPerInsn} total_states ${this.total} peak_states ${this.total} mark_read 0`;
  }
}

/** `r1,r6` for a register mask, `-8,-16` for stack slots, as mark_precise lines print them. */
const regList = (m: number) => [...Array(10).keys()].filter((k) => m & (1 << k)).map((k) => `r${k}`).join(",");
const slotList = (s: ReadonlySet<number>) => [...s].sort((a, b) => a - b).map((k) => `${-8 * (k + 1)}`).join(",");

/**
 * Where the kernel asks for a scalar's exact value (mark_chain_precision) and prints, at level 2,
 * how it traced the value back: a branch decided by scalars, a scalar added to a pointer, a
 * helper's constant size argument, a checked return value. `before` is the frame before the
 * instruction; the registers to trace are returned in the order the kernel traces them, one at a time.
 */
export function precisionRegs(d: Decoded, before: Frame, forked: boolean, checkedReturn: boolean): number[] {
  if (!d.valid) return [];
  const { spec: s, insn: i } = d;
  const scalar = (n: number) => before.regs[n]?.type === "scalar";
  const ptr = (n: number) => !scalar(n) && before.regs[n]?.type !== "not_init";
  switch (s.kind) {
    case "jcc": {
      if (forked) return [];
      const out = scalar(i.dst) ? [i.dst] : [];
      if (s.source === "reg" && scalar(i.src)) out.push(i.src);
      return out;
    }
    case "alu":
      if (s.source !== "reg" || (s.op !== "add" && s.op !== "sub")) return [];
      if (ptr(i.dst) && scalar(i.src)) return [i.src];
      if (scalar(i.dst) && ptr(i.src)) return [i.dst];
      return [];
    case "call": {
      if (s.op !== "helper") return [];
      const out: number[] = [];
      helperProto(i.imm)?.args.forEach((a, k) => {
        if (a === "const_size" || a === "const_size_or_zero" || a === "const_alloc_size_or_zero") out.push(k + 1);
      });
      return out;
    }
    case "exit":
      return checkedReturn && scalar(0) ? [0] : [];
    default:
      return [];
  }
}

/** A state the kernel would have kept, which backtracking may go on into. */
export interface KeptState {
  readonly pc: number;
  /** Its place in the path's record of instructions, counted from the path's very start. */
  readonly at: number;
  /** Its registers and stack as kept (level 2 only). */
  readonly frame?: Frame;
  /** Registers backtracking marked precise in it (printed `P`). */
  readonly precise: Set<number>;
  /** The state kept before it on the path; none for the entry state. */
  readonly prev?: KeptState;
}

/**
 * The kernel's backtracking lines for `regs` at the last instruction of `trail` (whose first
 * entry is the path's `base`-th instruction): back over the current state's instructions, then,
 * while something is left to trace, into the states kept before it. bpfplay stops where the
 * kernel would go on across calls or into what the path no longer records.
 */
export function backtrackLines(at: readonly (Decoded | undefined)[], trail: readonly number[], base: number, state: KeptState, frame: number, regs: number, maps: readonly MapDef[]): string[] {
  const out: string[] = [];
  let r = regs;
  const st = new Set<number>();
  let rec = state;
  let last = trail[trail.length - 1];
  let subseq = -1;
  let from = trail.length - 2;
  for (;;) {
    out.push(`mark_precise: frame${frame}: last_idx ${last} first_idx ${rec.pc} subseq_idx ${subseq} `);
    const start = rec.at - base;
    if (start < 0) return out;
    for (let k = from; k >= start; k--) {
      const d = at[trail[k]];
      if (!d || !d.valid || out.length > 4096) return out;
      out.push(`mark_precise: frame${frame}: regs=${regList(r)} stack=${slotList(st)} before ${d.pc}: ${kernelInsn(d)}`);
      const { spec: s, insn: i } = d;
      const has = (n: number) => (r & (1 << n)) !== 0;
      switch (s.kind) {
        case "mov":
        case "movsx":
          if (has(i.dst)) r = (r & ~(1 << i.dst)) | (s.source === "reg" ? 1 << i.src : 0);
          break;
        case "alu":
          if (has(i.dst) && s.source === "reg") r |= 1 << i.src;
          break;
        case "lddw":
          r &= ~(1 << i.dst);
          break;
        case "ldx":
        case "ldxsx":
          if (has(i.dst)) {
            r &= ~(1 << i.dst);
            if (i.src === 10 && i.off < 0) st.add(Math.floor((-i.off - 1) / 8));
          }
          break;
        case "st":
        case "stx":
          if (i.dst === 10 && i.off < 0 && st.has(Math.floor((-i.off - 1) / 8))) {
            st.delete(Math.floor((-i.off - 1) / 8));
            if (s.kind === "stx") r |= 1 << i.src;
          }
          break;
        case "jcc":
          if (s.source === "reg" && (has(i.dst) || has(i.src))) r |= (1 << i.dst) | (1 << i.src);
          break;
        case "call":
          if (s.op !== "helper") return out;
          r &= ~1;
          break;
        case "exit":
        case "ldabs":
        case "ldind":
        case "atomic":
          return out;
        default:
          break;
      }
      if (!r && !st.size) return out;
    }
    // what is left was decided before this state began: on into the state kept at its start
    if (!rec.prev || !rec.frame || start < 1) return out;
    const fresh = r & ~[...rec.precise].reduce((m, k) => m | (1 << k), 0);
    for (let k = 0; k < 10; k++) if (fresh & (1 << k)) rec.precise.add(k);
    const kept = rec.frame;
    const shown = { ...kept, regs: kept.regs.map((g, k) => (g.type === "scalar" && rec.precise.has(k) ? { ...g, precise: true } : g)) };
    out.push(`mark_precise: frame${frame}: parent state regs=${regList(fresh)} stack=${slotList(st)}: ${frameItems(shown, maps)}`);
    r = fresh;
    if (!r && !st.size) return out;
    last = trail[start - 1];
    subseq = rec.pc;
    from = start - 1;
    rec = rec.prev;
  }
}
