// A tracepoint's record, as perf hands it to a BPF program: struct trace_entry, then the fields
// at the offsets of the tracepoint's format (formats_data.ts, read from tracefs), then the bytes
// of its __data_loc strings. Pointer fields point into the event's synthetic memory.

import type { CtxField, CtxStruct } from "../../isa/ctx_layouts.ts";
import { formatOf } from "./format.ts";
import type { FormatField, TracepointFormat } from "./format.ts";
import { FORMAT_LINES } from "./formats_data.ts";
import { SYSCALL_NR } from "./formats_names.ts";
import type { AddressSpace } from "./memory.ts";
import { pointerValue } from "./pointers.ts";
import type { EventTask, FieldValue } from "./types.ts";
import { failed, le, readAddr, readBytes, readChars, readInt, cString } from "./values.ts";
import type { Read } from "./values.ts";

const cache = new Map<string, TracepointFormat>();

/** The format of a tracepoint bpfplay models (`syscalls/sys_enter_openat`), or undefined. */
export function tracepointFormat(name: string): TracepointFormat | undefined {
  const hit = cache.get(name);
  if (hit) return hit;
  const lines = FORMAT_LINES[name];
  if (!lines) return undefined;
  const f = formatOf(name, lines);
  cache.set(name, f);
  return f;
}

export const TRACEPOINTS: readonly string[] = Object.keys(FORMAT_LINES);

/** The record as a context struct for the views (common fields first, not the program's). */
export function tracepointLayout(f: TracepointFormat): CtxStruct {
  const fields: CtxField[] = [{ name: "common", off: 0, size: 8, kind: "scalar" }, ...f.fields.map((x): CtxField => ({ name: x.name, off: x.off, size: x.size, kind: "scalar" }))];
  return { name: f.name, size: f.size, fields };
}

/** The value a field takes when the event does not give one. */
function fallback(tp: string, f: FormatField): FieldValue | undefined {
  if (f.name === "__syscall_nr") {
    const m = /^syscalls\/sys_(?:enter|exit)_(\w+)$/.exec(tp);
    return m ? SYSCALL_NR[m[1]] : undefined;
  }
  return undefined;
}

export function buildRecord(format: TracepointFormat, fields: { readonly [k: string]: FieldValue }, task: EventTask, mem: AddressSpace): Read<Uint8Array> {
  const known = new Set(format.fields.map((f) => f.name));
  const unknown = Object.keys(fields).filter((k) => !known.has(k));
  if (unknown.length) return { error: `${format.name} has no field '${unknown[0]}' (its fields: ${[...known].join(", ")})` };
  // syscall arguments live in user space; the other tracepoints' pointers are kernel addresses
  const user = format.name.startsWith("syscalls/") || format.name.startsWith("raw_syscalls/");
  const fixed = new Uint8Array(format.size);
  const tail: Uint8Array[] = [];
  // __data_loc bytes follow the record's struct, whose size is rounded to its alignment
  const recordEnd = alignUp(format.size, recordAlign(format));
  let tailAt = recordEnd;
  const put = (f: FormatField, b: Uint8Array) => fixed.set(b.subarray(0, f.size), f.off);
  fixed.set(le(BigInt(task.pid), 4), 4); // common_pid
  for (const f of format.fields) {
    const v = fields[f.name] ?? fallback(format.name, f);
    const at = `fields.${f.name}`;
    const fail = (e: { error: string }) => ({ error: `${at}: ${e.error}` });
    if (f.dataLoc) {
      if (v !== undefined && typeof v !== "string") return fail({ error: "a string was expected" });
      const s = cString(v ?? "");
      put(f, le(BigInt((s.length << 16) | tailAt), 4));
      tail.push(s);
      tailAt += s.length;
    } else if (f.count !== undefined) {
      const b = f.type === "char" ? readChars(v, f.size) : f.size === 4 || f.size === 16 ? readAddr(v, f.size) : readBytes(v, f.size);
      if (failed(b)) return fail(b);
      put(f, b);
    } else if (f.pointer) {
      const p = pointerValue(mem, f.type, f.name, v, user);
      if (failed(p)) return fail(p);
      put(f, le(p, 8));
    } else {
      const n = readInt(v, f.size, f.signed);
      if (failed(n)) return fail(n);
      put(f, le(n, f.size));
    }
  }
  const out = new Uint8Array(tailAt);
  out.set(fixed);
  let k = recordEnd;
  for (const s of tail) {
    out.set(s, k);
    k += s.length;
  }
  return out;
}

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

/** The record struct's alignment: struct trace_entry's 4, or 8 with a u64 or pointer field. */
function recordAlign(f: TracepointFormat): number {
  return f.fields.some((x) => !x.dataLoc && x.count === undefined && x.size === 8) ? 8 : 4;
}
