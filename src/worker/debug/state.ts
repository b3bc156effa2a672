// Turns the live session into the message the UI draws: the core's snapshot, with the
// status and reason of the last command, the registers and bytes that command changed,
// and only the newest trace lines (a printk in a loop can write thousands).

import type { Program } from "../../core/program.ts";
import type { CtxStruct } from "../../core/isa/ctx_layouts.ts";
import { describeLiveContext, snapshot } from "../../core/vm/index.ts";
import type { Debugger, DebugStop, Snapshot, Status } from "../../core/vm/index.ts";
import type { BreakpointState, DebugCommandKind, DebugState } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { sourceLineOf } from "../lines.ts";
import { localsAt } from "./locals.ts";
import type { MapSet } from "./prepare.ts";

/** Trace lines sent with each state; the terminal has already printed the older ones. */
export const TRACE_WINDOW = 500;

/** What the session looked like when a command started, to mark what it changed. */
export interface Baseline {
  readonly regs: readonly string[];
  readonly stacks: readonly Uint8Array[];
  readonly memory: readonly Uint8Array[];
}

export function baselineOf(s: Snapshot): Baseline {
  return { regs: s.regs.map((r) => r.hex), stacks: s.frames.map((f) => f.stack), memory: s.memory.map((m) => m.bytes) };
}

/** Offsets where `now` differs from `then` (bytes past the end of `then` count as changed). */
export function changedBytes(then: Uint8Array | undefined, now: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < now.length; k++) if (now[k] !== (then?.[k] ?? 0)) out.push(k);
  return out;
}

const fmt = (n: number) => n.toLocaleString("en-US");

function describe(stop: DebugStop | undefined, s: Snapshot, running: boolean, budget: number): { status: Status; reason?: string } {
  if (s.status === "exited") return { status: "exited", reason: `the program exited with r0 = ${BigInt(s.r0 ?? 0)}` };
  if (s.status === "faulted") return { status: "faulted", reason: `the program faulted at insn ${s.fault?.pc}: ${s.fault?.message}` };
  if (running) return { status: "paused", reason: "running" };
  switch (stop?.kind) {
    case undefined:
      return { status: "ready", reason: "ready to run" };
    case "budget":
      return { status: "budget", reason: `the instruction budget of ${fmt(budget)} ran out (an endless loop?)` };
    case "breakpoint":
      return { status: "paused", reason: "stopped at a breakpoint" };
    case "history_start":
      return { status: "paused", reason: "at the start of the recorded history" };
    case "paused":
      return { status: "paused", reason: "paused" };
    default:
      return { status: "paused", reason: "stepped" };
  }
}

export interface StateArgs {
  readonly id: number;
  readonly session: number;
  readonly run: number;
  readonly dbg: Debugger;
  readonly maps: MapSet;
  readonly program: Program;
  readonly budget: number;
  readonly breakpoints: readonly BreakpointState[];
  readonly running: boolean;
  /** How the command ended; absent while it runs or before the first command. */
  readonly stop?: DebugStop;
  readonly command?: DebugCommandKind;
  readonly baseline?: Baseline;
  /** The context's layout when an event gives it (a tracepoint's fields by name). */
  readonly layout?: CtxStruct;
}

/** The label at the entry of the function each frame runs ("main" for the program's entry). */
export function functionNames(program: Program, callPcs: readonly number[]): string[] {
  return callPcs.map((callPc) => {
    if (callPc < 0) return program.symbols.find((s) => s.pc === 0)?.name ?? "main";
    const call = program.insns[callPc];
    const entry = call && call.code === 0x85 && call.src === 1 ? callPc + 1 + call.imm : undefined;
    const sym = entry === undefined ? undefined : program.symbols.find((s) => s.pc === entry);
    return sym?.name ?? (entry === undefined ? "(callx)" : `pc ${entry}`);
  });
}

export function stateOf(a: StateArgs): DebugState {
  const s = snapshot(a.dbg, a.maps);
  const { status, reason } = describe(a.stop, s, a.running, a.budget);
  const base = a.baseline;
  const changed = base ? s.regs.flatMap((r, k) => (r.hex !== base.regs[k] ? [k] : [])) : [];
  return {
    type: "debug-state",
    v: PROTOCOL_VERSION,
    id: a.id,
    session: a.session,
    run: a.run,
    snapshot: { ...s, status, reason, changed, trace: s.trace.slice(-TRACE_WINDOW) },
    running: a.running,
    line: sourceLineOf(a.program, s.pc),
    traceTotal: s.trace.length,
    changedStack: base ? s.frames.map((f, d) => changedBytes(base.stacks[d], f.stack)) : s.frames.map(() => []),
    changedMemory: base ? s.memory.map((m, k) => changedBytes(base.memory[k], m.bytes)) : s.memory.map(() => []),
    functions: functionNames(a.program, s.frames.map((f) => f.callPc)),
    breakpoints: a.breakpoints,
    locals: a.running ? [] : localsAt(a.dbg, a.program),
    command: a.command,
    budget: a.budget,
    timeline: { first: a.dbg.historyStart, furthest: a.dbg.furthest },
    context: describeLiveContext(a.dbg.run.opts.progType, a.dbg.run.ctx, a.dbg.run.opts.world, a.layout, a.dbg.run.opts.input.memory),
    ...(a.dbg.run.opts.input.task ? { task: { pid: a.dbg.run.opts.world.pid, comm: a.dbg.run.opts.world.comm } } : {}),
  };
}
