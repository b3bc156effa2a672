// What the terminal prints for each new session state: bpf_printk lines the way trace_pipe
// prints them, then one status line when a command ends the run (exit, fault, budget) or
// fails. Pure, so the rules are tested without a terminal.

import type { DebugError, DebugState } from "../../../protocol/index.ts";
import { plural } from "../../format/bytes.ts";
import { verdictOf } from "../../format/verdict.ts";

const RESET = "\x1b[0m";
// Bright black, not SGR 2: xterm draws dim text at half opacity, below 4.5:1 contrast.
const DIM = "\x1b[90m";
const RED = "\x1b[31m";
const GREEN = "\x1b[32m";
const YELLOW = "\x1b[33m";

/** The simulated task bpf_printk runs in (core/vm/world.ts). */
const PID = 4242;

/** What has been printed: lines of which run, and the last status line and error. */
export interface Printed {
  readonly session: number;
  readonly run: number;
  readonly lines: number;
  readonly status?: string;
  readonly error?: DebugError;
}

export const NOTHING_PRINTED: Printed = { session: -1, run: -1, lines: 0 };

/**
 * One trace_pipe line. The clock is the session's: boot at 1 s, 2 ns per instruction. The task is
 * a kernel event's (its comm and pid), else the session's, whose comm trace_pipe does not know.
 */
export function traceLine(text: string, executed: number, cpu = 0, task?: { readonly pid: number; readonly comm: string }): string {
  const ns = 1_000_000_000 + executed * 2;
  const sec = Math.floor(ns / 1e9);
  const usec = Math.floor((ns % 1e9) / 1000);
  const time = `${String(sec).padStart(5)}.${String(usec).padStart(6, "0")}`;
  return `${(task?.comm || "<...>").padStart(16)}-${String(task?.pid ?? PID).padEnd(7)} [${String(cpu).padStart(3, "0")}] d..31 ${time}: bpf_trace_printk: ${text}`;
}

function statusLine(s: DebugState, progType: string): string | undefined {
  const snap = s.snapshot;
  if (s.running) return undefined;
  switch (snap.status) {
    case "exited":
      return `${GREEN}✓ exited: r0 = ${verdictOf(snap.r0, progType)}, ${plural(snap.executed, "instruction")} executed${RESET}`;
    case "faulted":
      return `${RED}✗ fault at insn ${snap.fault?.pc}${s.line ? ` (line ${s.line})` : ""}: ${snap.fault?.message}${RESET}`;
    case "budget":
      return `${YELLOW}■ stopped: ${snap.reason}${RESET}`;
    default:
      return undefined;
  }
}

/** The lines to write for `state` (or `error`) after `printed`, and what is printed then. */
export function terminalOutput(printed: Printed, next: { state?: DebugState; error?: DebugError; progType: string }): { lines: string[]; printed: Printed } {
  const { state, error } = next;
  if (!state) {
    if (!error || error === printed.error) return { lines: [], printed };
    return { lines: [`${RED}error: ${error.message}${RESET}`], printed: { ...printed, error } };
  }
  const lines: string[] = [];
  const sameRun = state.session === printed.session && state.run === printed.run;
  // Stepping back over a bpf_printk takes its line out of the run; stepping forward prints it again.
  let done = sameRun ? Math.min(printed.lines, state.traceTotal) : 0;
  const first = state.traceTotal - state.snapshot.trace.length;
  if (done < first) {
    lines.push(`${DIM}… ${plural(first - done, "line")} not shown${RESET}`);
    done = first;
  }
  for (const text of state.snapshot.trace.slice(done - first)) lines.push(traceLine(text, state.snapshot.executed, 0, state.task));
  const status = statusLine(state, next.progType);
  const key = status && `${state.session}/${state.run}/${state.snapshot.executed}/${state.snapshot.status}`;
  if (status && key !== printed.status) lines.push(status);
  return { lines, printed: { session: state.session, run: state.run, lines: state.traceTotal, status: key ?? (state.running ? printed.status : undefined), error: printed.error } };
}
