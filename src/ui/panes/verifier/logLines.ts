// The kernel-format log as lines, each with the instruction it is about, so the Verifier pane
// can link a line to its instruction and an instruction to its lines, and search it. The log is
// made by core/verifier/log.ts; these are the forms it prints (the kernel's, log_level 2):
//   `12: (bf) r0 = r2 ...`          an instruction            → 12
//   `12: R0=0 R1=ctx() ...`         the state before it        → 12
//   `      12: .1........ (bf) ...` the liveness listing       → 12
//   `from 4 to 12: R0=0 ...`        a path taken up at 12      → 12
//   `; return x; @ prog.c:7`        the source of what follows → the next instruction's
// Other lines (an error's words, `processed ...`) are about no instruction.

export interface LogLines {
  readonly lines: readonly string[];
  /** By line: the instruction it is about, -1 for none. */
  readonly pcs: Int32Array;
  /** By instruction: its first line that starts at the margin (a state or the instruction), -1 for none. */
  first(pc: number): number;
  /** By instruction: its last such line (the error's instruction, on a rejection, is the last checked). */
  last(pc: number): number;
}

const AT_PC = /^(\d+): /;
const LIVENESS = /^\s+(?:\d+\s+)?(\d+): /;
const FROM = /^from \d+ to (\d+): /;

export function logLines(log: string): LogLines {
  const lines = log.endsWith("\n") ? log.slice(0, -1).split("\n") : log.split("\n");
  const pcs = new Int32Array(lines.length).fill(-1);
  const firsts = new Map<number, number>();
  const lasts = new Map<number, number>();
  let pendingSource: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    let m = AT_PC.exec(line);
    let pc = -1;
    if (m) {
      pc = Number(m[1]);
      if (!firsts.has(pc)) firsts.set(pc, k);
      lasts.set(pc, k);
    } else if ((m = FROM.exec(line) ?? LIVENESS.exec(line))) pc = Number(m[1]);
    else if (line.startsWith(";")) {
      pendingSource.push(k);
      continue;
    }
    if (pc >= 0) {
      pcs[k] = pc;
      for (const s of pendingSource) pcs[s] = pc;
    }
    pendingSource = [];
  }
  return {
    lines,
    pcs,
    first: (pc) => firsts.get(pc) ?? -1,
    last: (pc) => lasts.get(pc) ?? -1,
  };
}

/** The lines holding `query` (any case), ascending; none for an empty query. */
export function searchLines(lines: readonly string[], query: string): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: number[] = [];
  for (let k = 0; k < lines.length; k++) if (lines[k].toLowerCase().includes(q)) out.push(k);
  return out;
}

/** The match to go to from line `from`, forwards or backwards, wrapping around; -1 for none. */
export function nextMatch(matches: readonly number[], from: number, forward: boolean): number {
  if (matches.length === 0) return -1;
  if (forward) return matches.find((k) => k > from) ?? matches[0];
  for (let i = matches.length - 1; i >= 0; i--) if (matches[i] < from) return matches[i];
  return matches[matches.length - 1];
}

/** Splits a line around the matches of `query` (any case): the odd pieces are matches. */
export function highlight(line: string, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [line];
  const low = line.toLowerCase();
  const out: string[] = [];
  let at = 0;
  for (let k = low.indexOf(q); k >= 0; k = low.indexOf(q, k + q.length)) {
    out.push(line.slice(at, k), line.slice(k, k + q.length));
    at = k + q.length;
  }
  out.push(line.slice(at));
  return out;
}
