// Syscall and kernel events for tracing programs (tracepoints, raw tracepoints, kprobes,
// kretprobes): their JSON form (KernelEvent), and what a run needs from one (prepareKernelEvent):
// the context bytes, the task the event happens in, the memory its pointers point to.
//
// A run takes them as RunInput { ctx, task, memory } (vm/context.ts); vm/world.ts's withTask puts
// the task into the world the get_current_* helpers read; probe_read reads the memory.

export type { EventError, EventProcess, EventTask, FieldValue, KernelEvent, KernelEventKind, MemoryArea, PreparedEvent } from "./types.ts";
export { isEventError } from "./types.ts";
export { prepareKernelEvent } from "./prepare.ts";
export { parseKernelEvents } from "./parse.ts";
export { DEFAULT_PROCESS } from "./process.ts";
export { TRACEPOINTS, tracepointFormat } from "./tracepoint.ts";
export type { FormatField, TracepointFormat } from "./format.ts";
export { KERNEL_FUNCTIONS, kernelFunction, ARG_REGS } from "./kprobe.ts";
export type { KernelFunction, Param } from "./kprobe.ts";
export { RAW_TRACEPOINTS, rawTracepoint } from "./raw_tracepoint.ts";
export { pointeeOf } from "./pointers.ts";
export type { Pointee } from "./pointers.ts";
export { attachRefusal, ctxExtent } from "./attach.ts";
export type { InsnLike, StatesLike } from "./attach.ts";
export { eventFit, eventOfSection, starterEvent, starterFields } from "./match.ts";
export { OBJECT_FIELDS, objectField, objectKeys } from "./object_fields.ts";
export type { ObjectField, ObjectFieldKind, ObjectKind } from "./object_fields.ts";
export { readAddr, readInt } from "./values.ts";
