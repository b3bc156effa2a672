// A plain, serialisable picture of a debug session for the inspectors: registers, frames
// with their stacks, the context and packet, maps, trace output and where it stopped.

import type { Debugger, DebugStop } from "./debugger.ts";
import { dumpMaps } from "./execute.ts";
import type { MapSet } from "./mapset.ts";
import { hex64, HI_TAG, LO_BASE } from "./memory.ts";
import { STACK_SIZE } from "./machine.ts";
import { describePointer } from "./pointer.ts";

export type Status = "ready" | "paused" | "exited" | "faulted" | "budget";

export interface RegView {
  /** Unsigned 64-bit value as 0x-prefixed 16-digit hex. */
  readonly hex: string;
  readonly u64: string;
  readonly s64: string;
  /** What the value points at, when it is a pointer into a region. */
  readonly points?: string;
}

export interface FrameView {
  readonly depth: number;
  /** The call instruction in the caller (-1 for the entry frame). */
  readonly callPc: number;
  readonly retPc: number;
  /** Address of the frame's lowest byte (r10 - 512). */
  readonly base: string;
  readonly stack: Uint8Array;
}

export interface MemoryView {
  readonly name: string;
  readonly kind: string;
  readonly base: string;
  readonly bytes: Uint8Array;
}

export interface MapView {
  readonly name: string;
  readonly type: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  readonly entries: readonly { key: Uint8Array; value: Uint8Array; discarded?: boolean }[];
}

export interface Snapshot {
  readonly status: Status;
  readonly pc: number;
  readonly regs: readonly RegView[];
  readonly changed: readonly number[];
  readonly frames: readonly FrameView[];
  readonly memory: readonly MemoryView[];
  readonly maps: readonly MapView[];
  readonly trace: readonly string[];
  readonly executed: number;
  readonly history: { readonly length: number; readonly limit: number };
  readonly r0?: string;
  readonly fault?: { readonly pc: number; readonly message: string };
  /** Why the last command stopped, in words. */
  readonly reason?: string;
}

const REASONS: Record<DebugStop["kind"], string> = {
  exit: "the program exited",
  budget: "the instruction budget ran out",
  breakpoint: "stopped at a breakpoint",
  step: "stepped",
  fault: "the program faulted",
  paused: "paused",
  history_start: "at the start of the recorded history",
};

export function snapshot(dbg: Debugger, maps: MapSet): Snapshot {
  const run = dbg.run;
  const m = run.machine;
  const regs: RegView[] = [];
  for (let k = 0; k < 11; k++) {
    const v = m.reg(k);
    const hi = m.hi[k];
    const points = (hi & 0xff000000) === HI_TAG && run.mem.regions[hi & 0xffffff] ? describePointer(run, v) : undefined;
    regs.push({ hex: "0x" + v.toString(16).padStart(16, "0"), u64: v.toString(), s64: BigInt.asIntN(64, v).toString(), points });
  }
  const frames: FrameView[] = m.frames.map((f, depth) => ({
    depth,
    callPc: f.callPc,
    retPc: f.retPc,
    base: hex64(HI_TAG | f.stack.id, LO_BASE),
    stack: f.stack.bytes.slice(0, STACK_SIZE),
  }));
  const memory: MemoryView[] = [];
  if (run.ctx.ctx) memory.push({ name: run.ctx.ctx.name, kind: "ctx", base: hex64(HI_TAG | run.ctx.ctx.id, LO_BASE), bytes: run.ctx.ctx.bytes.slice() });
  const p = run.ctx.packet;
  if (p) memory.push({ name: "packet (data .. data_end)", kind: "packet", base: hex64(HI_TAG | p.region.id, LO_BASE + p.data), bytes: p.region.bytes.slice(p.data, p.end) });
  const dumps = dumpMaps(maps, run.cpu);
  const mapViews: MapView[] = maps.maps.map((x) => {
    const d = dumps[x.def.name];
    const entries = d.kind === "records" ? d.records.map((r) => ({ key: new Uint8Array(0), value: r.data, discarded: r.discarded })) : d.entries;
    return { name: x.def.name, type: x.def.type, keySize: x.def.keySize, valueSize: x.def.valueSize, maxEntries: x.def.maxEntries, entries };
  });
  const stop = m.stopped;
  const status: Status = stop?.kind === "exit" ? "exited" : stop?.kind === "fault" ? "faulted" : dbg.last === undefined ? "ready" : "paused";
  return {
    status,
    pc: m.pc,
    regs,
    changed: dbg.changed,
    frames,
    memory,
    maps: mapViews,
    trace: run.trace.slice(),
    executed: m.executed,
    history: { length: dbg.historyLength, limit: dbg.historyLimit },
    r0: stop?.kind === "exit" ? "0x" + stop.r0.toString(16) : undefined,
    fault: stop?.kind === "fault" ? { pc: stop.fault.pc, message: stop.fault.message } : undefined,
    reason: dbg.last ? REASONS[dbg.last.kind] : undefined,
  };
}
