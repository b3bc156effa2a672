// Output records (ring buffer, perf event array) decoded by the C type the program writes them as
// (DebugInfo.records, from the compiler): one field per member, nested structs by dotted name,
// char arrays as strings, integers in decimal with their hex beside, arrays of numbers as lists.
// A record shorter than its type says which members it lacks. Pure.

import { typeSize } from "../program.ts";
import type { DebugInfo, TypeDesc } from "../program.ts";

export { typeSize };

export interface DecodedField {
  /** `pid`, `addr.sport`, `comm`. */
  readonly name: string;
  /** Its C type's name (`__u32`, `char[16]`). */
  readonly c: string;
  readonly offset: number;
  readonly size: number;
  /** As the type reads: a decimal number, a quoted string, a list. */
  readonly text: string;
  /** The bytes as a number in hex (integers), or as hex bytes. */
  readonly hex: string;
  /** Set when the record ends before this member. */
  readonly missing?: boolean;
}

export interface DecodedRecord {
  readonly type: string;
  readonly fields: readonly DecodedField[];
  /** The record's length is not the type's size: what that means. */
  readonly note?: string;
}

const LIMIT = 256; // members decoded per record: a bound on hostile nesting

const le = (b: Uint8Array, at: number, size: number): bigint => {
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[at + k] ?? 0);
  return v;
};

const hexBytes = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");

const isChar = (t: TypeDesc | undefined) => t?.kind === "int" && t.size === 1 && /^(signed |unsigned )?char$/.test(t.name);

/** A char array's text: up to the first NUL, other bytes that are not printable ASCII as \xNN. */
function chars(b: Uint8Array): string {
  const end = b.indexOf(0);
  let s = "";
  for (const x of end < 0 ? b : b.subarray(0, end)) s += x >= 0x20 && x < 0x7f && x !== 0x5c && x !== 0x22 ? String.fromCharCode(x) : x === 0x5c ? "\\\\" : x === 0x22 ? '\\"' : `\\x${x.toString(16).padStart(2, "0")}`;
  return `"${s}"`;
}

/** The record's bytes read as type `index` of `types`. */
export function decodeRecord(bytes: Uint8Array, types: readonly TypeDesc[], index: number): DecodedRecord {
  const root = types[index];
  const fields: DecodedField[] = [];
  const size = typeSize(types, index);
  const add = (name: string, i: number, at: number, depth: number) => {
    if (fields.length >= LIMIT || depth > 8) return;
    const t = types[i];
    if (!t) return;
    const n = typeSize(types, i);
    const missing = at + n > bytes.length;
    const b = bytes.subarray(at, Math.min(bytes.length, at + n));
    const field = (text: string, hex: string) => fields.push({ name, c: t.name, offset: at, size: n, text: missing ? "" : text, hex: missing ? "" : hex, ...(missing ? { missing } : {}) });
    switch (t.kind) {
      case "int":
      case "enum":
      case "bool": {
        const u = le(bytes, at, n);
        const v = t.kind !== "bool" && t.signed ? BigInt.asIntN(8 * n, u) : u;
        return field(v.toString(), `0x${u.toString(16)}`);
      }
      case "ptr":
        return field(`0x${le(bytes, at, 8).toString(16)}`, `0x${le(bytes, at, 8).toString(16)}`);
      case "array": {
        const el = types[t.of];
        if (isChar(el)) return field(chars(b), hexBytes(b));
        if (el && (el.kind === "int" || el.kind === "enum") && t.len <= 64) {
          const w = el.size;
          const items = Array.from({ length: t.len }, (_, k) => le(bytes, at + k * w, w)).map((u) => (el.signed ? BigInt.asIntN(8 * w, u) : u));
          return field(`[${items.join(", ")}]`, hexBytes(b));
        }
        if (el && (el.kind === "struct" || el.kind === "union") && t.len <= 16) {
          const w = typeSize(types, t.of);
          for (let k = 0; k < t.len; k++) add(`${name}[${k}]`, t.of, at + k * w, depth + 1);
          return;
        }
        return field(hexBytes(b), hexBytes(b));
      }
      case "struct":
      case "union":
        for (const m of t.members) {
          const path = m.name ? (name ? `${name}.${m.name}` : m.name) : name;
          if (m.bitWidth !== undefined) {
            const word = le(bytes, at + m.offset, Math.min(8, Math.max(1, Math.ceil((m.bitOffset! % 8 + m.bitWidth) / 8))));
            const v = (word >> BigInt(m.bitOffset! % 8)) & ((1n << BigInt(m.bitWidth)) - 1n);
            fields.push({ name: path, c: `${types[m.type]?.name ?? "int"}:${m.bitWidth}`, offset: at + m.offset, size: 0, text: v.toString(), hex: `0x${v.toString(16)}` });
          } else add(path, m.type, at + m.offset, depth + 1);
        }
        return;
      default:
        return field(hexBytes(b), hexBytes(b));
    }
  };
  add("", index, 0, 0);
  const note = bytes.length < size ? `the record is ${bytes.length} bytes; ${root?.name ?? "its type"} takes ${size}: the members past its end are left empty` : bytes.length > size ? `the record is ${bytes.length} bytes; ${root?.name ?? "its type"} takes ${size}: the last ${bytes.length - size} are not decoded` : undefined;
  return { type: root?.name ?? "?", fields, ...(note ? { note } : {}) };
}

/** The type a map's records are written as, when every write the compiler saw agrees on one. */
export function recordTypeOf(debug: DebugInfo | undefined, map: string): number | undefined {
  const writes = (debug?.records ?? []).filter((r) => r.map === map);
  const types = new Set(writes.map((w) => w.type));
  return types.size === 1 ? writes[0].type : undefined;
}

/** The struct and union types a user may decode records as: the program's named ones. */
export function recordChoices(debug: DebugInfo | undefined): { index: number; name: string; size: number }[] {
  const types = debug?.types ?? [];
  const out: { index: number; name: string; size: number }[] = [];
  types.forEach((t, index) => {
    if ((t.kind === "struct" || t.kind === "union") && !t.name.endsWith("(anonymous)") && t.size > 0) out.push({ index, name: t.name, size: t.size });
  });
  return out;
}

/**
 * A stream's output line with its record decoded: `ringbuf execs: 0203...` becomes
 * `ringbuf execs: { pid = 770, comm = "curl" }` when the map's records have one type; else as is.
 */
export function decodeOutputLine(line: string, debug: DebugInfo | undefined): string {
  const m = /^(ringbuf|perf) (\S+): ([0-9a-f]*)$/.exec(line);
  const type = m ? recordTypeOf(debug, m[2]) : undefined;
  if (!m || type === undefined || m[3].length % 2) return line;
  const bytes = Uint8Array.from(m[3].match(/../g) ?? [], (h) => parseInt(h, 16));
  const d = decodeRecord(bytes, debug!.types, type);
  return `${m[1]} ${m[2]}: { ${d.fields.map((f) => `${f.name} = ${f.missing ? "?" : f.text}`).join(", ")} }`;
}
