// A kernel verifier log (level 1 or 2, as bpftool, libbpf or veristat print it) read back into data:
// the instructions it shows (rebuilt from their text and printed opcode), the register and stack
// states it printed at each instruction, the C source lines of a program with line info, the error
// and the statistics. Every line is either understood or listed in `unread`, so a log format this
// reader does not know shows up instead of being silently lost.

import type { Insn } from "../../isa/index.ts";
import { decodeLogInsn } from "./insn.ts";

export interface LogInstruction {
  readonly pc: number;
  /** The printed opcode byte. */
  readonly code: number;
  /** The kernel's text of it, as printed. */
  readonly text: string;
  /** The instruction rebuilt (two slots for a 64-bit load), or why it could not be. */
  readonly insns?: readonly Insn[];
  readonly error?: string;
}

/** One printed state: at `pc` before it runs, or `after` the instruction at pc (level 2's `; ...`). */
export interface LogState {
  readonly pc: number;
  readonly after?: boolean;
  /** `from 4 to 7:` — the jump that led here. */
  readonly from?: number;
  /** The frame the registers belong to (`frame1:`), 0 when not printed. */
  readonly frame: number;
  /** Name to printed value: `R1` → `ctx()`, `fp-8` → `0000????`, `refs` → `2`. */
  readonly values: Readonly<Record<string, string>>;
  /** Names printed with `_w` (written on this path). */
  readonly written: readonly string[];
  /** The line as printed, after the pc. */
  readonly text: string;
}

export interface LogSource {
  readonly pc: number;
  readonly text: string;
  readonly file?: string;
  readonly line?: number;
}

export interface KernelLog {
  /** 2 when the log has level-2 lines (the live-registers listing, mark_precise, `; ...` states). */
  readonly level: 1 | 2;
  /** By pc, each once (the listing and the walk print the same instruction). */
  readonly instructions: readonly LogInstruction[];
  readonly states: readonly LogState[];
  readonly sources: readonly LogSource[];
  readonly functions: readonly { readonly index: number; readonly pc: number }[];
  /** The rejection: its lines, the first being the key one, at the last instruction the walk printed. */
  readonly error?: { readonly pc?: number; readonly message: string; readonly lines: readonly string[] };
  readonly processed?: number;
  readonly stats?: string;
  /** Lines this reader does not understand, with their 1-based line numbers. */
  readonly unread: readonly { readonly line: number; readonly text: string }[];
}

const INSN = /^(\d+): \(([0-9a-f]{2})\) (.*)$/;
/** The level-2 listing (`Live regs before insn:`): pc, live registers, opcode, text; instructions in a loop carry its SCC number first. */
const LISTED = /^\s+(?:\d+\s+)?(\d+): ([0-9.]{1,12}) \(([0-9a-f]{2})\) (.*)$/;
/** A listed slot that is no instruction the kernel can print (reserved opcode). */
const LISTED_BUG = /^\s+(?:\d+\s+)?\d+: [0-9.]{1,12} BUG_\S*$/;
const STATE = /^(\d+): (frame(\d+): )?((?:R\d+|fp-?\d+|refs)\S*=.*)$/;
const FROM = /^from (\d+) to (\d+): (?:(safe)|(frame(\d+): )?(.*))$/;
const SOURCE = /^; (.*?)(?: @ ([^ ]+):(\d+))?$/;
const PROCESSED = /^processed (\d+) insns/;
/** Level-2 narration the reader knows and has no use for yet. */
const NARRATION = [
  /^mark_precise: /, /^\(\d+(,\d+)*\) (frame \d+ insn \d+ [+-]|live stack update)/, /^SCC (enter|exit|backedge) /, /^caller:$/, /^callee:$/,
  /^returning from callee:$/, /^to caller at \d+:$/, /^Live regs before insn:$/, /^Validating /, /^Func#\d+ /, /^propagating /,
  /^\s*frame\d+: /, /^frame \d+: propagating /, /^\d+: safe$/, /^\d+:$/, /^\s+R\d+/, /^cur state: /, /^old state: /, /^[A-Za-z_]+\(\) is (global|static)/, /^verification time /, /^stack depth /,
  // (bounds that contradicted themselves: the kernel forgets them and goes on)
  /^verifier bug: REG INVARIANTS VIOLATION /,
];

/** Splits `R1=ctx() R2_w=scalar(smin=0,var_off=(0x0; 0xff)) fp-8=mmmm????` at spaces outside parentheses. */
export function parseStateText(text: string): { values: Record<string, string>; written: string[] } {
  const values: Record<string, string> = {};
  const written: string[] = [];
  let depth = 0, start = 0;
  const take = (end: number) => {
    const tok = text.slice(start, end).trim();
    start = end + 1;
    if (!tok) return;
    const eq = tok.indexOf("=");
    if (eq <= 0) return;
    let name = tok.slice(0, eq);
    if (name.endsWith("_w")) {
      name = name.slice(0, -2);
      written.push(name);
    }
    values[name] = tok.slice(eq + 1);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === " " && depth === 0) take(i);
  }
  take(text.length);
  return { values, written };
}

export function parseKernelLog(log: string): KernelLog {
  const lines = log.split(/\r?\n/);
  const byPc = new Map<number, LogInstruction>();
  const states: LogState[] = [];
  const sources: LogSource[] = [];
  const functions: { index: number; pc: number }[] = [];
  const unread: { line: number; text: string }[] = [];
  let level: 1 | 2 = 1;
  let lastPc: number | undefined;
  let pendingSource: Omit<LogSource, "pc"> | undefined;
  let errorLines: { line: number; text: string }[] = [];
  let errorPc: number | undefined;
  let processed: number | undefined;
  let stats: string | undefined;

  const instruction = (pc: number, code: number, text: string) => {
    if (byPc.has(pc)) return;
    const d = decodeLogInsn(code, text);
    byPc.set(pc, "insns" in d ? { pc, code, text, insns: d.insns } : { pc, code, text, error: d.error });
  };
  const state = (pc: number, frame: number, text: string, extra: { after?: boolean; from?: number } = {}) => {
    const { values, written } = parseStateText(text);
    states.push({ pc, frame, values, written, text, ...extra });
  };

  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const line = raw.trimEnd();
    if (line.trim() === "") continue;
    let m: RegExpExecArray | null;
    if ((m = /^func#(\d+) @(\d+)$/.exec(line))) {
      functions.push({ index: Number(m[1]), pc: Number(m[2]) });
      continue;
    }
    if (LISTED_BUG.test(line)) {
      level = 2;
      continue;
    }
    if ((m = LISTED.exec(line))) {
      level = 2;
      instruction(Number(m[1]), parseInt(m[3], 16), m[4].replace(/\s+BUG_\S*$/, ""));
      continue;
    }
    if ((m = INSN.exec(line))) {
      const pc = Number(m[1]);
      let rest = m[3];
      // Level 2: the registers the instruction changed, after `;`.
      let after: string | undefined;
      const semi = rest.search(/\s{2,};(?: |$)/);
      if (semi >= 0) {
        after = rest.slice(rest.indexOf(";", semi) + 1).trim();
        rest = rest.slice(0, semi);
        level = 2;
      }
      // Level 1 prints the state a path pushed there starts from on the line of the instruction that
      // pushed it: a taken jump's target, `if r0 == 0x0 goto pc+1 5: R0=...`, or the instruction
      // itself run again (maybe_fork_scalars), `r3 |= 8 4: R0=...`.
      const jumpState = / (\d+): ((?:frame(\d+): )?(?:R\d+|fp-?\d+|refs)\S*=.*)$/.exec(rest);
      if (jumpState) rest = rest.slice(0, jumpState.index);
      instruction(pc, parseInt(m[2], 16), rest.trimEnd());
      if (pendingSource) {
        sources.push({ pc, ...pendingSource });
        pendingSource = undefined;
      }
      if (after) {
        const f = /^frame(\d+): (.*)$/.exec(after);
        state(pc, f ? Number(f[1]) : 0, f ? f[2] : after, { after: true });
      }
      if (jumpState) {
        const body = jumpState[2].replace(/^frame\d+: /, "");
        state(Number(jumpState[1]), jumpState[3] ? Number(jumpState[3]) : 0, body, { from: pc });
      }
      lastPc = pc;
      // Lines between two instructions that nothing above understood were not an error after all.
      unread.push(...errorLines);
      errorLines = [];
      errorPc = undefined;
      continue;
    }
    if ((m = STATE.exec(line))) {
      state(Number(m[1]), m[3] ? Number(m[3]) : 0, m[4]);
      continue;
    }
    if ((m = FROM.exec(line))) {
      if (!m[3]) state(Number(m[2]), m[5] ? Number(m[5]) : 0, m[6], { from: Number(m[1]) });
      continue;
    }
    // A few messages lack their newline and run into the statistics: "... for tail callprocessed 3 insns".
    const glued = /^(.+?)(processed \d+ insns \(limit.*)$/.exec(line);
    if (glued && lastPc !== undefined && processed === undefined) {
      if (errorLines.length === 0) errorPc = lastPc;
      errorLines.push({ line: n + 1, text: glued[1] });
      processed = Number(/\d+/.exec(glued[2])![0]);
      stats = glued[2];
      continue;
    }
    if ((m = PROCESSED.exec(line))) {
      processed = Number(m[1]);
      stats = line;
      continue;
    }
    if ((m = SOURCE.exec(line))) {
      pendingSource = { text: m[1], ...(m[2] ? { file: m[2], line: Number(m[3]) } : {}) };
      continue;
    }
    if (NARRATION.some((r) => r.test(line))) {
      if (/^mark_precise|^\(\d+/.test(line)) level = 2;
      continue;
    }
    if (lastPc !== undefined && processed === undefined) {
      // After the walk's last instruction and before the statistics: the rejection.
      if (errorLines.length === 0) errorPc = lastPc;
      errorLines.push({ line: n + 1, text: line });
      continue;
    }
    if (processed === undefined && byPc.size === 0) {
      // A rejection before the walk (bad instruction, unreachable code): no instruction printed yet.
      errorLines.push({ line: n + 1, text: line });
      continue;
    }
    unread.push({ line: n + 1, text: raw });
  }
  // Text before any instruction is a rejection only if the statistics line closes it.
  if (processed === undefined && byPc.size === 0) {
    unread.push(...errorLines);
    errorLines = [];
  }
  const instructions = [...byPc.values()].sort((a, b) => a.pc - b.pc);
  return {
    level,
    instructions,
    states,
    sources,
    functions,
    ...(errorLines.length ? { error: { ...(errorPc !== undefined ? { pc: errorPc } : {}), message: errorLines[0].text, lines: errorLines.map((l) => l.text) } } : {}),
    ...(processed !== undefined ? { processed, stats } : {}),
    unread,
  };
}
