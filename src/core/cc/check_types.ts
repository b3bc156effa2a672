// Type names as clang prints them in diagnostics, and type compatibility (C17 6.2.7).

import { isInteger, unqualified, type CType } from "./types.ts";

/**
 * Types written `long long`: the same type as `long` on BPF, but clang prints them apart
 * (`'__u64' (aka 'unsigned long long')`), so the front end marks the objects it makes for them.
 */
const LONG_LONG = new WeakSet<object>();

/** `t` marked as spelled `long long` (a fresh object). */
export function longLong(t: CType): CType {
  const c = { ...t };
  LONG_LONG.add(c);
  return c;
}

/** A copy of `t` with `extra` fields that keeps its `long long` spelling. */
export function derive(t: CType, extra: object): CType {
  const c = { ...t, ...extra } as CType;
  if (LONG_LONG.has(t)) LONG_LONG.add(c);
  const at = UNNAMED_AT.get(t);
  if (at) UNNAMED_AT.set(c, at);
  return c;
}

/** Where an unnamed struct, union (by RecordDef) or enum (by type object) was written, for its name. */
const UNNAMED_AT = new WeakMap<object, { file: string; line: number; column: number }>();

export function setUnnamedAt(key: object, at: { file: string; line: number; column: number }): void {
  UNNAMED_AT.set(key, at);
}

function unnamed(kind: string, key: object, short: boolean): string {
  const at = UNNAMED_AT.get(key);
  const where = at ? ` at ${at.file}:${at.line}:${at.column}` : "";
  return `${kind} (unnamed${short ? "" : " " + kind}${where})`;
}

/** The error type: an expression that already failed. Checks on it report nothing more. */
export const ERR: CType = { kind: "int", size: 4, signed: true };

function baseName(t: CType, typedefs: boolean, short = false): string {
  if (typedefs && t.typedefName) return t.typedefName;
  switch (t.kind) {
    case "void": return "void";
    case "bool": return "_Bool";
    case "int":
      if (t.size === 1) return t.signed ? "char" : "unsigned char";
      if (t.size === 2) return t.signed ? "short" : "unsigned short";
      if (t.size === 4) return t.signed ? "int" : "unsigned int";
      if (t.size === 8) return (t.signed ? "long" : "unsigned long") + (LONG_LONG.has(t) ? " long" : "");
      return t.signed ? "__int128" : "unsigned __int128";
    case "float": return t.size === 4 ? "float" : t.size === 8 ? "double" : "long double";
    case "enum": return t.tag ? `enum ${t.tag}` : unnamed("enum", t, short);
    case "struct":
    case "union":
      return t.def.tag ? `${t.kind} ${t.def.tag}` : unnamed(t.kind, t.def, short);
    default: return "";
  }
}

const quals = (t: CType): string => (t.const ? "const " : "") + (t.volatile ? "volatile " : "");

/** The C spelling of a type around an inner declarator text (clang's printing). */
export function spell(t: CType, typedefs = true, inner = ""): string {
  if (typedefs && t.typedefName) return join(quals(t) + t.typedefName, inner);
  switch (t.kind) {
    case "ptr": {
      const q = (t.const ? " const" : "") + (t.volatile ? " volatile" : "");
      const ptr = "*" + (q ? q.trim() + (inner ? " " : "") : "") + inner;
      const needParen = t.to.kind === "array" || (t.to.kind === "func" && !(typedefs && t.to.typedefName));
      return spell(t.to, typedefs, needParen ? `(${ptr})` : ptr);
    }
    case "array":
      return spell(t.of, typedefs, `${inner}[${t.len ?? ""}]`);
    case "func": {
      const ps = t.params.map((p) => spell(p, typedefs));
      if (t.variadic) ps.push("...");
      if (!ps.length && !t.unprototyped) ps.push("void");
      return spell(t.ret, typedefs, `${inner}(${ps.join(", ")})`);
    }
    default:
      return join(quals(t) + baseName(t, typedefs), inner);
  }
}

function join(base: string, inner: string): string {
  if (!inner) return base;
  return inner.startsWith("[") ? base + inner : base + " " + inner;
}

/** `'struct (unnamed at f.c:1:1)'`: the record's name as clang gives it in "no member named" errors. */
export function recordName(t: CType): string {
  return `'${quals(t)}${baseName(t, false, true)}'`;
}

/** `'__u32' (aka 'unsigned int')` or `'int *'`: how clang quotes a type in a message. */
export function typeName(t: CType): string {
  const a = spell(t, true);
  const b = spell(t, false);
  return a === b ? `'${a}'` : `'${a}' (aka '${b}')`;
}

/** Compatible types (6.2.7), ignoring top-level qualifiers when `topQuals` is false. */
export function compatible(a: CType, b: CType, topQuals = false): boolean {
  if (a === b) return true;
  if (topQuals && (!!a.const !== !!b.const || !!a.volatile !== !!b.volatile)) return false;
  if (a.kind === "enum" && b.kind === "int") return a.size === b.size && a.signed === b.signed;
  if (b.kind === "enum" && a.kind === "int") return a.size === b.size && a.signed === b.signed;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
    case "bool":
      return true;
    case "int":
    case "float":
      return a.size === (b as typeof a).size && ("signed" in a ? a.signed === (b as typeof a).signed : true);
    case "enum": {
      const e = b as typeof a;
      return a.tag === e.tag && a.size === e.size;
    }
    case "ptr":
      return compatible(a.to, (b as typeof a).to, true);
    case "array": {
      const e = b as typeof a;
      return compatible(a.of, e.of, true) && (a.len === undefined || e.len === undefined || a.len === e.len);
    }
    case "struct":
    case "union":
      return a.def === (b as typeof a).def;
    case "func": {
      const f = b as typeof a;
      if (!compatible(a.ret, f.ret)) return false;
      if (a.unprototyped || f.unprototyped) return true;
      if (a.params.length !== f.params.length || a.variadic !== f.variadic) return false;
      return a.params.every((p, k) => compatible(unqualified(p), unqualified(f.params[k])));
    }
  }
}

export const isArith = (t: CType): boolean => isInteger(t) || t.kind === "float";
export const isPtr = (t: CType): t is Extract<CType, { kind: "ptr" }> => t.kind === "ptr";

/** The integer view of an integer-like type: size and signedness (bool: 1 byte unsigned). */
export function intInfo(t: CType): { size: number; signed: boolean } {
  if (t.kind === "int") return t;
  if (t.kind === "enum") return t;
  if (t.kind === "bool") return { size: 1, signed: false };
  return { size: 8, signed: false };
}

/** Truncate a value to an integer type, as a conversion does. */
export function truncate(v: bigint, t: CType): bigint {
  if (t.kind === "bool") return v !== 0n ? 1n : 0n;
  if (t.kind === "ptr") return BigInt.asUintN(64, v);
  const { size, signed } = intInfo(t);
  return signed ? BigInt.asIntN(size * 8, v) : BigInt.asUintN(size * 8, v);
}
