// The debug-session messages. The worker owns one live session (a Debugger over the
// program); the UI starts it, sends commands and breakpoints, and gets back a snapshot
// each time the session stops, and progress snapshots (at most every ~100 ms) while a
// command is running. Every message carries the protocol version.

import type { KernelEvent } from "../core/events/kernel/index.ts";
import type { SharedMapSeed } from "../core/permalink/index.ts";
import type { Program } from "../core/program.ts";
import type { ContextView, Snapshot } from "../core/vm/index.ts";
import type { PROTOCOL_VERSION } from "./version.ts";

export type { Snapshot };
export type { FrameView, MapView, MemoryView, RegView, Status } from "../core/vm/index.ts";
export type { ContextView, CtxFieldView } from "../core/vm/index.ts";

/** What one debugger command does. Commands that run many instructions yield between chunks. */
export type DebugCommand =
  /** Restarts the program and runs it at full speed (no step-back history) to a breakpoint or the end. */
  | { readonly kind: "run" }
  /** One instruction (step into); with `lines`, to the next C statement, into calls. */
  | { readonly kind: "step"; readonly lines?: boolean }
  /** One instruction, or a whole bpf-to-bpf call; with `lines`, to the next C statement of this function or its callers. */
  | { readonly kind: "stepOver"; readonly lines?: boolean }
  /** Until the current function returns; with `lines`, to the caller's next statement boundary. */
  | { readonly kind: "stepOut"; readonly lines?: boolean }
  /** Until a breakpoint or the end, recording history. */
  | { readonly kind: "continue" }
  /** Until the instruction at `pc`, or the first instruction of source `line`. */
  | { readonly kind: "runToCursor"; readonly pc?: number; readonly line?: number }
  /** One instruction back; with `lines`, back to the start of the previous C statement. */
  | { readonly kind: "stepBack"; readonly lines?: boolean }
  /** Back through history to a breakpoint or the start of history. */
  | { readonly kind: "continueBack" }
  /**
   * To the point where `step` instructions have executed (the timeline): back through history, or
   * forward one instruction at a time, recording history; breakpoints do not stop it. Forward it
   * stops early at the end of the program or the budget; back, at the start of history.
   */
  | { readonly kind: "goto"; readonly step: number };

export type DebugCommandKind = DebugCommand["kind"];

/** A breakpoint as the user set it: on a source line, with an optional condition such as `r1 == 0x10`. */
export interface BreakpointSpec {
  readonly line: number;
  readonly condition?: string;
}

/** A breakpoint as the session bound it: the instruction it stops at, or why it cannot. */
export interface BreakpointState extends BreakpointSpec {
  /** The first instruction of the line, or of the next line that has one; absent when none follows. */
  readonly pc?: number;
  /** The condition does not parse. */
  readonly error?: string;
}

/** Everything a session is made from. */
export interface DebugInput {
  /** The program the engine built (the same one the verifier checks). */
  readonly program: Program;
  /** Kernel name (`xdp`, `sched_cls`, ...) or libbpf section name (`tc`, `socket`). */
  readonly progType: string;
  /** The input packet, hex bytes (spaces allowed); used by packet program types. */
  readonly packetHex: string;
  /** The context, hex bytes; may be empty. */
  readonly ctxHex: string;
  /**
   * Tracing program types: the kernel event the program meets (its context, process and memory).
   * Absent: the raw ctxHex when given, else the event the program's section names.
   */
  readonly event?: KernelEvent;
  /** Instructions one run or continue may execute; DEFAULT_BUDGET when absent. */
  readonly budget?: number;
  /** Entries the maps hold before the first instruction (the Maps pane's seeds), hex in memory order. */
  readonly maps?: readonly SharedMapSeed[];
  /** The random generator's state at the first instruction (a stream event replayed as the stream ran it); else the session seed's. */
  readonly randomState?: number;
}

/** Starts a new session (the old one ends), optionally running a first command at once. */
export interface DebugStart {
  readonly type: "debug-start";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly input: DebugInput;
  readonly breakpoints: readonly BreakpointSpec[];
  readonly command?: DebugCommand;
}

/** A command for the live session; a command still running is stopped first. */
export interface DebugCommandRequest {
  readonly type: "debug-command";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly command: DebugCommand;
}

/** Stops the running command where it is. */
export interface DebugPause {
  readonly type: "debug-pause";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
}

/** Replaces the session's breakpoints; a running command sees the new set at once. */
export interface DebugBreakpoints {
  readonly type: "debug-breakpoints";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly breakpoints: readonly BreakpointSpec[];
}

export type DebugRequest = DebugStart | DebugCommandRequest | DebugPause | DebugBreakpoints;

/** Where the session stands: sent when a command stops, and every ~100 ms while one runs. */
export interface DebugState {
  readonly type: "debug-state";
  readonly v: typeof PROTOCOL_VERSION;
  /** The request this answers. */
  readonly id: number;
  /** Counts debug-start requests; states of an older session are stale. */
  readonly session: number;
  /** Counts the program's starts within the session (Run restarts it): a new run, a new trace. */
  readonly run: number;
  /** `status` and `reason` describe the last command; `trace` holds only the newest lines (see traceTotal). */
  readonly snapshot: Snapshot;
  readonly running: boolean;
  /** Source line (1-based) of the instruction at snapshot.pc; 0 when there is none. */
  readonly line: number;
  /** Lines bpf_printk wrote in this run; snapshot.trace holds the last of them. */
  readonly traceTotal: number;
  /** Byte offsets in each frame's stack that the last command changed, by frame depth. */
  readonly changedStack: readonly (readonly number[])[];
  /** Byte offsets in each memory view that the last command changed, by view index. */
  readonly changedMemory: readonly (readonly number[])[];
  /** The function each frame runs, by depth: a label of the program, or "main" for the entry. */
  readonly functions: readonly string[];
  readonly breakpoints: readonly BreakpointState[];
  /** C programs: the variables live at snapshot.pc with their values (empty without debug info). */
  readonly locals: readonly LocalView[];
  /** The command this state belongs to; absent for a new session that has not run yet. */
  readonly command?: DebugCommandKind;
  readonly budget: number;
  /** The steps the timeline can reach: back to `first` (the oldest history), forward to `furthest` (the most executed in this run). */
  readonly timeline: { readonly first: number; readonly furthest: number };
  /** The program's context by field name as it is now (xdp_md, __sk_buff, pt_regs, ...), pointers as places (`packet + 14`). */
  readonly context?: ContextView;
  /** A kernel event's task, when the session runs on one: trace_pipe lines name it. */
  readonly task?: { readonly pid: number; readonly comm: string };
}

/** A C variable live at the current instruction, for the Locals pane. */
export interface LocalView {
  readonly name: string;
  /** Its C type as declared (`__u32`, `struct iphdr *`). */
  readonly type: string;
  /** Where it lives now: a register (`r6`) or a stack slot (`fp-16`); absent for members. */
  readonly where?: string;
  /** Its value: a number by the type's size and signedness, what a pointer points to (`packet + 14`), `{…}` for a struct. */
  readonly value: string;
  /** Members of a struct or union, elements of an array. */
  readonly children?: readonly LocalView[];
}

/** Why a session could not start or a command could not run; `field` says which input is at fault. */
export interface DebugError {
  readonly type: "debug-error";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly field: "program" | "progType" | "packet" | "ctx" | "event" | "session" | "engine";
  readonly message: string;
  /** For hex inputs: the 0-based index of the first bad character. */
  readonly column?: number;
}

export type DebugReply = DebugState | DebugError;
