// What the editor shows of the session: each breakpoint with how the session bound it, and
// the line the program stands on (or faulted on).

import type { BreakpointMark, ExecutionMark } from "../../monaco/decorations.ts";
import type { BreakpointState, DebugState } from "../../../protocol/index.ts";
import type { Breakpoint } from "../../stores/session.ts";

export function breakpointMarks(breakpoints: readonly Breakpoint[], bound: readonly BreakpointState[] | undefined): BreakpointMark[] {
  return breakpoints.map((b) => {
    const s = bound?.find((x) => x.line === b.line && (x.condition ?? "") === (b.condition ?? ""));
    const state = !s ? "pending" : s.error ? "error" : s.pc === undefined ? "unbound" : "bound";
    return { line: b.line, condition: b.condition, state, message: s?.error };
  });
}

/** The current line while paused (or ready, or stopped by the budget); the fault's line after a fault. */
export function executionMark(state: DebugState | undefined): ExecutionMark | undefined {
  if (!state || !state.line) return undefined;
  const status = state.snapshot.status;
  if (status === "exited") return undefined;
  return { line: state.line, kind: status === "faulted" ? "fault" : "current" };
}
