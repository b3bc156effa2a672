// A kernel object typed member by member in the event form (a struct sock's addresses and ports, a
// file's path, an sk_buff and its socket, a sockaddr), and argv as a list of strings. The members,
// their sizes and defaults come from the core's table (events/kernel/object_fields.ts); a member's
// text is checked with the readers the builders use, so the message sits on the member the
// builder would refuse. Pure, so it is tested without React.

import { OBJECT_FIELDS, readAddr, readInt } from "../../../core/events/kernel/index.ts";
import type { FieldValue, ObjectField, ObjectKind, Pointee } from "../../../core/events/kernel/index.ts";

type Obj = { readonly [k: string]: FieldValue };
const isObj = (v: FieldValue | undefined): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** A member's type in a word for its label (the C member it fills goes in the tooltip). */
export function shortType(f: ObjectField): string {
  switch (f.kind) {
    case "int":
      return `${f.signed ? "s" : "u"}${8 * (f.size ?? 8)}${f.names ? " or name" : ""}`;
    case "family":
      return "AF_INET/AF_INET6";
    case "addr":
      return "IPv4/IPv6";
    case "text":
      return f.size ? `text ≤ ${f.size}` : "text";
    case "hex":
      return "hex bytes";
    default:
      return f.object ?? "";
  }
}

/** The object a pointer field names, when the form types it by members. */
export function objectKindOf(p: Pointee | undefined): ObjectKind | undefined {
  return p === "sock" || p === "sk_buff" || p === "file" || p === "sockaddr" ? p : undefined;
}

/** A member as the form shows it: its path below the field, name, C type and the input it takes. */
export interface Member {
  readonly path: readonly string[];
  readonly field: ObjectField;
  /** Shown when the member is empty: its default, or what it takes. */
  readonly hint: string;
}

const HINT: Readonly<Record<ObjectField["kind"], string>> = { int: "a number", family: "from the addresses", addr: "an IPv4 or IPv6 address", text: "text", hex: "hex bytes", object: "" };

/** The members of an object kind, a nested object's (an sk_buff's sk) after its own. */
export function membersOf(kind: ObjectKind, under: readonly string[] = []): Member[] {
  const out: Member[] = [];
  for (const f of OBJECT_FIELDS[kind]) {
    const path = [...under, f.name];
    if (f.kind === "object" && f.object) out.push(...membersOf(f.object, path));
    else out.push({ path, field: f, hint: f.default !== undefined ? (f.kind === "int" && typeof f.default === "number" && f.default > 0o1000 ? `0o${f.default.toString(8)}` : String(f.default)) : HINT[f.kind] });
  }
  return out;
}

/** A field's object value: a file may be given as its path alone. */
export function asObject(v: FieldValue | undefined, kind: ObjectKind): Obj {
  if (kind === "file" && typeof v === "string") return { path: v };
  return isObj(v) ? v : {};
}

function at(o: Obj, path: readonly string[]): FieldValue | undefined {
  let v: FieldValue | undefined = o;
  for (const k of path) v = isObj(v) ? v[k] : undefined;
  return v;
}

/** The text a member shows. */
export function memberText(o: Obj, m: Member): string {
  const v = at(o, m.path);
  if (v === undefined || v === null) return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** What typed text stores: a whole decimal number as a number, else the text (names, 0x, addresses). */
export function memberValue(m: Member, text: string): FieldValue | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if ((m.field.kind === "int" || m.field.kind === "family") && /^-?\d+$/.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
  return m.field.kind === "text" ? text : t;
}

/** The object with one member set (undefined removes it; a nested object left empty goes too). */
export function withMember(o: Obj, path: readonly string[], value: FieldValue | undefined): Obj {
  const [k, ...rest] = path;
  const { [k]: old, ...others } = o;
  const v = rest.length ? withMember(isObj(old) ? old : {}, rest, value) : value;
  return v === undefined || (isObj(v) && Object.keys(v).length === 0) ? others : { ...others, [k]: v };
}

const AF_INET6 = 10n;

/** The address size the object takes: 16 when its family is AF_INET6 or (family left out) an address has a colon. */
function addrSize(o: Obj): number | string {
  if (o.family !== undefined && o.family !== null) {
    const f = readInt(o.family, 2, false);
    if (typeof f !== "bigint") return f.error;
    return f === AF_INET6 ? 16 : 4;
  }
  return [o.saddr, o.daddr, o.addr].some((a) => typeof a === "string" && a.includes(":")) ? 16 : 4;
}

/** Why a member's value would be refused, by member path (`dport`, `sk.daddr`); none when all are good. */
export function memberErrors(kind: ObjectKind, o: Obj, under: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of OBJECT_FIELDS[kind]) {
    const key = [...under, f.name].join(".");
    const v = o[f.name];
    if (v === undefined || v === null) continue;
    if (f.kind === "object" && f.object) {
      if (isObj(v)) Object.assign(out, memberErrors(f.object, v, [...under, f.name]));
      else out[key] = `a ${f.object} object was expected`;
      continue;
    }
    const e = memberError(f, v, o);
    if (e) out[key] = e;
  }
  return out;
}

function memberError(f: ObjectField, v: FieldValue, o: Obj): string | undefined {
  switch (f.kind) {
    case "int": {
      const r = readInt(v, f.size ?? 8, f.signed ?? false);
      return typeof r === "bigint" ? undefined : r.error;
    }
    case "family": {
      const r = readInt(v, 2, false);
      if (typeof r !== "bigint") return r.error;
      return r === 2n || r === AF_INET6 ? undefined : `family ${r} is neither AF_INET (2) nor AF_INET6 (10)`;
    }
    case "addr": {
      const size = addrSize(o);
      if (typeof size === "string") return undefined; // the family's own message says it
      const r = readAddr(v, size);
      return r instanceof Uint8Array ? undefined : r.error;
    }
    case "text":
      if (typeof v !== "string") return "text was expected";
      return f.size !== undefined && new TextEncoder().encode(v).length > f.size ? `at most ${f.size} bytes (the kernel keeps ${f.size + 1} with the NUL)` : undefined;
    case "hex": {
      if (typeof v !== "string") return "hex bytes were expected";
      const hex = v.replace(/\s+/g, "");
      const bad = /[^0-9a-f]/i.exec(hex);
      if (bad) return `'${bad[0]}' is not a hex digit`;
      return hex.length % 2 ? `${hex.length} hex digits do not make whole bytes` : undefined;
    }
    default:
      return undefined;
  }
}

/** argv and envp: the list a field holds (words of a string too), and the list with one item set, added or removed. */
export function stringsOf(v: FieldValue | undefined): string[] {
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : JSON.stringify(x)));
  return typeof v === "string" && v.trim() ? v.trim().split(/\s+/) : [];
}

export const setString = (list: readonly string[], i: number, s: string): string[] => (i >= list.length ? [...list, s] : list.map((x, k) => (k === i ? s : x)));
export const removeString = (list: readonly string[], i: number): string[] => list.filter((_, k) => k !== i);
