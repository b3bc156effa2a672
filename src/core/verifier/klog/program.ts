// A kernel log's program as bpfplay's Program: the instructions the log shows, rebuilt, at their
// pcs; a slot the log never printed (a level-1 log shows only the walked path) or could not be
// rebuilt holds opcode 0, which the listing shows as no instruction. The `; source` annotations
// become the program's source: at their line numbers when the log names them (`@ prog.c:12`),
// otherwise one after another in the order the log shows them.

import type { Insn } from "../../isa/index.ts";
import type { FuncSymbol, Program } from "../../program.ts";
import type { KernelLog } from "./parse.ts";

/** Slots a log's program may have: the kernel's limit of 1M instructions. */
const MAX_SLOTS = 1_000_000;

export interface LogProgram {
  readonly program: Program;
  /** Slots the log has no instruction for (not printed, or not rebuilt): why, by slot. */
  readonly missing: ReadonlyMap<number, string>;
  /** The source the annotations give, one text with each annotation on its line; empty without any. */
  readonly source: string;
}

export function programOfLog(log: KernelLog): LogProgram {
  // up to the last instruction printed, or the furthest a printed jump goes (its target's slots are holes)
  let last = log.instructions.reduce((n, i) => Math.max(n, i.pc + (i.insns?.length ?? 1)), 0);
  for (const i of log.instructions) {
    const j = i.insns?.[0];
    if (j && jumpsAt(j) && i.pc + 1 + j.off >= 0) last = Math.max(last, i.pc + 2 + j.off);
  }
  const length = Math.min(last, MAX_SLOTS);
  const insns: Insn[] = Array.from({ length }, () => ({ code: 0, dst: 0, src: 0, off: 0, imm: 0 }));
  const missing = new Map<number, string>();
  const printed = new Set<number>();
  for (const i of log.instructions) {
    if (i.pc >= length) continue;
    if (i.insns) i.insns.forEach((s, k) => (i.pc + k < length ? ((insns[i.pc + k] = s), printed.add(i.pc + k)) : undefined));
    else {
      missing.set(i.pc, i.error ?? "not rebuilt");
      printed.add(i.pc);
    }
  }
  for (let pc = 0; pc < length; pc++) if (!printed.has(pc)) missing.set(pc, "not in the log (it shows only the instructions the verifier's walk reached)");

  const { lines, source } = sourceOf(log, length);
  const functions: FuncSymbol[] = log.functions
    .filter((f) => f.pc < length)
    .sort((a, b) => a.pc - b.pc)
    .map((f, k, all) => ({ name: f.index === 0 ? "main" : `func#${f.index}`, start: f.pc, end: all[k + 1]?.pc ?? length }));
  const program: Program = {
    insns,
    maps: [],
    lines,
    symbols: functions.filter((f) => f.start > 0).map((f) => ({ name: f.name, pc: f.start })),
    ...(functions.length ? { functions } : {}),
  };
  return { program, missing, source };
}

/** A jump with a target in `off` (JMP/JMP32 class, not call or exit). */
function jumpsAt(i: Insn): boolean {
  const cls = i.code & 7;
  const op = i.code & 0xf0;
  return (cls === 5 || cls === 6) && op !== 0x80 && op !== 0x90 && (cls === 5 || op !== 0x00);
}

/** Each slot's line in the source the annotations make, and that source. */
function sourceOf(log: KernelLog, length: number): { lines: number[]; source: string } {
  const lines = new Array<number>(length).fill(0);
  if (log.sources.length === 0) return { lines, source: "" };
  const placed = log.sources.every((s) => s.line !== undefined && s.line > 0 && s.line <= 100_000);
  const text: string[] = [];
  const lineOf = new Map<string, number>();
  for (const s of log.sources) {
    let line: number;
    if (placed) {
      line = s.line!;
      while (text.length < line) text.push("");
      text[line - 1] = s.text;
    } else {
      line = lineOf.get(s.text) ?? (text.push(s.text), text.length);
      lineOf.set(s.text, line);
    }
    if (s.pc < length) lines[s.pc] = line;
  }
  // an annotation covers the instructions after it until the next one (within the printed walk)
  let current = 0;
  for (let pc = 0; pc < length; pc++) {
    if (lines[pc]) current = lines[pc];
    else lines[pc] = current;
  }
  return { lines, source: text.join("\n") + "\n" };
}
