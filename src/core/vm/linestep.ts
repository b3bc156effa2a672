// Source-level stepping: where a step by C statement stops, read from the program's line
// table (the `stmt` flag marks the first instruction of each statement) and its functions.
//
//   into: the next statement start (or entry into another line) on another line, in this
//         function, a callee or a caller;
//         or the same line again when control went back to it (a loop's next iteration).
//   over: the same, but never inside a call made from this frame: a callee runs whole.
//   out:  until this function has returned to its caller (the entry function: to the end).
//
// Each answers a stop condition made from where the step starts, so a step cut into time
// slices (the worker yields between them) keeps its target. A program without a line table
// (or assembly, where every instruction is a statement) steps one instruction at a time.
// A step back by statement goes to where the step into that led here started.

import type { Program } from "../program.ts";

/** What a stop condition needs of the machine: where it stands and how deep the calls go. */
export interface Position {
  readonly pc: number;
  readonly depth: number;
}

export type LineStep = "into" | "over" | "out";

/** The first instruction of a statement (every instruction when there is no line table). */
export function isStatementStart(program: Program, pc: number): boolean {
  const table = program.lineTable;
  if (!table) return pc >= 0 && pc < program.insns.length;
  return table[pc]?.stmt === true || isFunctionEntry(program, pc);
}

/** A callee's first instruction: stepping into a call stops there even without a line entry. */
function isFunctionEntry(program: Program, pc: number): boolean {
  return pc > 0 && !!program.functions?.some((f) => f.start === pc);
}

/** The source line an instruction belongs to, as `file:line`; undefined where there is none. */
export function lineKey(program: Program, pc: number): string | undefined {
  const e = program.lineTable?.[pc];
  if (e) return `${e.file}:${e.line}`;
  const l = program.lines[pc];
  return l ? `:${l}` : undefined;
}

/**
 * The condition a step by statement stops on, made at `start`. It is asked after each
 * instruction with the position then; stops at a breakpoint or the end are the caller's.
 */
export function lineStepUntil(program: Program, kind: LineStep, start: Position, now: () => Position): () => boolean {
  const startLine = lineKey(program, start.pc);
  if (kind === "out") {
    if (start.depth <= 1) return () => false;
    return () => now().depth < start.depth;
  }
  let prev = start.pc;
  return () => {
    const { pc, depth } = now();
    const from = prev;
    prev = pc;
    // Back in a caller: the statement that made the call goes on, but the step is done.
    if (depth < start.depth) return true;
    if (kind === "over" && depth > start.depth) return false;
    const line = lineKey(program, pc);
    // A statement starts where the line table says so, and where control enters another line
    // (a compiler that merged a statement's first instruction into the one before may leave
    // its flag off; the line still changes there).
    const boundary = isStatementStart(program, pc) || (line !== undefined && line !== lineKey(program, from));
    if (!boundary) return false;
    if (depth !== start.depth) return true;
    // A statement start on another line, or on this line again by a jump back (a loop).
    return line !== startLine || pc <= start.pc;
  };
}

/**
 * Where a step back by statement lands: the index into `visited` (oldest first, the current
 * position last) of the latest statement start before the current position from which a
 * step forward would come here, the mirror of a step into. From the middle of a statement
 * (after stepping by instruction) it is that statement's start. -1 when there is none.
 */
export function lineStepBackTarget(program: Program, visited: readonly Position[]): number {
  const last = visited.length - 1;
  if (last < 1) return last - 1;
  // A statement starts where the line table says, where control enters another line, and
  // right after a return (the caller's statement goes on there: a step forward stops there).
  const boundary = (i: number): boolean => {
    if (i === 0) return true;
    const p = visited[i];
    const q = visited[i - 1];
    if (p.depth < q.depth) return true;
    const line = lineKey(program, p.pc);
    return isStatementStart(program, p.pc) || (line !== undefined && line !== lineKey(program, q.pc));
  };
  const now = visited[last];
  const nowLine = lineKey(program, now.pc);
  const arrived = boundary(last);
  for (let i = last - 1; i >= 0; i--) {
    if (!boundary(i)) continue;
    if (!arrived) return i;
    const p = visited[i];
    if (p.depth !== now.depth || lineKey(program, p.pc) !== nowLine || now.pc <= p.pc) return i;
  }
  return 0;
}
