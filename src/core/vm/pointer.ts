// What a pointer value points into, in words a person reads: `packet + 14` (from `data`, as the
// program and the verifier count), `packet + 64 (data_end)`, `stack fp-16`, `map value of counts + 4`,
// `ctx + 8`, `NULL`. One wording for the Registers pane and the Locals view.

import { MAX_BPF_STACK as STACK_SIZE } from "../isa/limits.ts";
import { HI_TAG, LO_BASE } from "./memory.ts";
import type { Region } from "./memory.ts";
import type { Run } from "./run.ts";

/** The region a tagged 64-bit value points into, and the byte offset in it. */
export function regionOf(run: Run, v: bigint): { region: Region; at: number } | undefined {
  const hi = Number((v >> 32n) & 0xffffffffn) | 0;
  const region = (hi & 0xff000000) === (HI_TAG | 0) ? run.mem.regions[hi & 0xffffff] : undefined;
  return region ? { region, at: Number(v & 0xffffffffn) - LO_BASE } : undefined;
}

export function describePointer(run: Run, v: bigint): string {
  if (v === 0n) return "NULL";
  const found = regionOf(run, v);
  if (!found) return `0x${v.toString(16)}`;
  const { region: r, at } = found;
  const plus = (base: string, off: number) => (off === 0 ? base : `${base} ${off < 0 ? "-" : "+"} ${Math.abs(off)}`);
  switch (r.kind) {
    case "packet": {
      const p = run.ctx.packet;
      if (!p || p.region !== r) return plus("packet", at - r.start);
      if (at === p.end) return `packet + ${p.end - p.data} (data_end)`;
      return at < p.data ? `packet - ${p.data - at} (headroom)` : `packet + ${at - p.data}${at > p.end ? " (past data_end)" : ""}`;
    }
    case "ctx":
      return plus("ctx", at);
    case "stack": {
      const frames = run.machine.frames;
      const depth = frames.findIndex((f) => f.stack === r);
      const off = at - STACK_SIZE;
      const fp = `stack fp${off < 0 ? "-" : "+"}${Math.abs(off)}`;
      const at0 = off === 0 ? "stack fp" : fp;
      return depth < 0 || depth === frames.length - 1 ? at0 : `${at0} (frame ${depth})`;
    }
    case "map_value": {
      const m = /^map (\S+)/.exec(r.name);
      const name = m?.[1] ?? r.name;
      // The map object itself (ld_imm64 of &map) has no bytes; a value has.
      if (r.bytes.length === 0) return `map ${name}`;
      return plus(`map value of ${name}`, at);
    }
    case "ringbuf":
      return plus("ringbuf record", at);
    case "sock":
      return plus("socket", at);
    default:
      return plus(r.name, at);
  }
}
