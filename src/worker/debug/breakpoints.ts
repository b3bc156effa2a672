// Breakpoints are set on source lines; a session binds each to an instruction: the first
// one of that line, or of the next line that has one (a label or a comment line stops at
// the instruction below it, as a debugger moves a breakpoint to the next statement).

import type { Program } from "../../core/program.ts";
import type { Debugger } from "../../core/vm/index.ts";
import type { BreakpointSpec, BreakpointState } from "../../protocol/index.ts";

/**
 * The instruction a breakpoint on `line` stops at, if any: on the line (or the next one with
 * instructions), its first statement start when the line table marks one, else its first
 * instruction. A breakpoint stops before the statement runs.
 */
export function pcForLine(program: Program, line: number): number | undefined {
  let target: number | undefined;
  for (const l of program.lines) if (l >= line && (target === undefined || l < target)) target = l;
  if (target === undefined) return undefined;
  const pcs = program.lines.flatMap((l, pc) => (l === target ? [pc] : []));
  return pcs.find((pc) => program.lineTable?.[pc]?.stmt) ?? pcs[0];
}

/** Replaces the debugger's breakpoints with `specs`; returns how each was bound. */
export function bindBreakpoints(dbg: Debugger, program: Program, specs: readonly BreakpointSpec[]): BreakpointState[] {
  for (const pc of [...dbg.breakpoints.keys()]) dbg.clearBreakpoint(pc);
  const states: BreakpointState[] = [];
  const unconditional = new Set<number>();
  for (const spec of specs) {
    const pc = pcForLine(program, spec.line);
    const condition = spec.condition?.trim() || undefined;
    if (pc === undefined) {
      states.push({ ...spec, condition });
      continue;
    }
    // Two breakpoints on one instruction: one without a condition always wins.
    const error = unconditional.has(pc) ? undefined : dbg.setBreakpoint(pc, condition);
    if (!condition) unconditional.add(pc);
    states.push(error ? { ...spec, condition, error } : { ...spec, condition, pc });
  }
  return states;
}
