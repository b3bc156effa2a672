// A syscall or kernel event as a user writes it (the JSON form of `bpfplay run --event FILE.json`,
// the Events pane's form, a saved document), and what a run needs from it.
//
//   {"kind": "tracepoint", "name": "syscalls/sys_enter_openat",
//    "fields": {"dfd": -100, "filename": "/etc/passwd", "flags": 0, "mode": 0},
//    "process": {"pid": 1234, "comm": "cat"}}
//
// Fields are named as the kernel names them: a tracepoint's by its tracefs format, a kprobe's by
// the function's parameters (plus "ret" for a kretprobe), a raw tracepoint's by its TP_PROTO or
// as "args". A pointer field takes what it points to: a string (`filename`), a list of strings
// (execve's `argv`), or an object for a struct (`{"daddr": "10.0.0.2", "dport": 443}` for a sock).

import type { CtxStruct } from "../../isa/ctx_layouts.ts";
import type { EventTask, MemoryArea } from "../../isa/event_task.ts";

export type { EventTask, MemoryArea };

export type KernelEventKind = "tracepoint" | "raw_tracepoint" | "kprobe" | "kretprobe";

/** A field's value as JSON gives it: a number (or a decimal/0x string for 64-bit values), a string, a list, a struct. */
export type FieldValue = number | string | boolean | null | readonly FieldValue[] | { readonly [name: string]: FieldValue };

/** The process an event happens in; what is left out takes bpfplay's defaults (DEFAULT_PROCESS). */
export interface EventProcess {
  readonly pid?: number;
  /** Defaults to pid (a single-threaded process). */
  readonly tgid?: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly comm?: string;
  /** A number, or a decimal or 0x string for ids above 2^53. */
  readonly cgroup_id?: number | string;
  /** The parent's pid (task->real_parent->tgid); 1 (systemd) by default. */
  readonly ppid?: number;
}

export interface KernelEvent {
  readonly kind: KernelEventKind;
  /** `syscalls/sys_enter_openat` (tracepoint), `sys_enter` (raw_tracepoint), `tcp_v4_connect` (k[ret]probe). */
  readonly name: string;
  readonly fields?: { readonly [name: string]: FieldValue };
  readonly process?: EventProcess;
}

/** What a run needs from an event. */
export interface PreparedEvent {
  /** The program type whose context `ctx` is: tracepoint, raw_tracepoint or kprobe (kretprobes too). */
  readonly progType: "tracepoint" | "raw_tracepoint" | "kprobe";
  /** The context bytes: the tracepoint's record, the raw tracepoint's u64 arguments, a pt_regs. */
  readonly ctx: Uint8Array;
  /** The context by field name (for the context view and forms). */
  readonly layout: CtxStruct;
  /**
   * Tracepoints: the end of the format's last field. The kernel loads a program that reads further
   * (up to PERF_MAX_TRACE_SIZE) but refuses to attach it to this tracepoint (EACCES).
   */
  readonly ctxLimit?: number;
  readonly task: EventTask;
  /** The strings and structs the event's pointers point to. */
  readonly memory: readonly MemoryArea[];
}

/** A problem with an event, with where in it (`fields.filename`, `[2].process.pid`). */
export interface EventError {
  readonly error: string;
  readonly path?: string;
}

export const isEventError = (x: unknown): x is EventError => typeof x === "object" && x !== null && "error" in x;
