// Declarations: specifiers, attributes, declarators (abstract or named, nested), parameter lists,
// and type names. Struct, union and enum bodies are in parse_record.ts.

import type { Loc } from "./ast.ts";
import { constInt } from "./check_ops.ts";
import { parseAssign, parseExpr } from "./parse_expr.ts";
import { parseEnum, parseRecord } from "./parse_record.ts";
import { Resync, type Parser } from "./parse_state.ts";
import { newAttrs, parseAttributes, skipBalanced, type Attrs } from "./parse_attr.ts";
import { BOOL, CHAR, INT, LONG, SHORT, UCHAR, UINT, ULONG, USHORT, VOID, arrayOf, ptrTo, unqualified, type CType, type FuncType } from "./types.ts";
import { ERR, derive, longLong } from "./check_types.ts";


export type Storage = "typedef" | "static" | "extern" | "auto" | "register" | undefined;

export interface DeclSpec {
  type: CType;
  storage: Storage;
  inline: boolean;
  attrs: Attrs;
  loc: Loc;
  /** A type specifier (or typedef name, struct, typeof) was written. */
  typed: boolean;
}

export interface ParamDecl {
  readonly name?: string;
  readonly loc: Loc;
  readonly type: CType;
  /** `btf_decl_tag` strings on the parameter (`arg:ctx`). */
  readonly declTags?: readonly string[];
}

/** Parameter names of the function types declarators build, for function definitions. */
export const paramDecls = new WeakMap<object, ParamDecl[]>();

const QUALS = new Set(["const", "__const", "__const__", "volatile", "__volatile", "__volatile__", "restrict", "__restrict", "__restrict__", "_Atomic", "_Nullable", "_Nonnull", "__user", "__kernel", "__iomem"]);
const STORAGE = new Set(["typedef", "extern", "static", "auto", "register", "_Thread_local", "__thread"]);
const TYPE_WORDS = new Set([
  "void", "_Bool", "char", "short", "int", "long", "signed", "__signed", "__signed__", "unsigned", "float", "double", "__int128",
  "struct", "union", "enum", "typeof", "__typeof__", "__typeof", "_Complex", "__builtin_va_list",
  "__typeof_unqual__", "__typeof_unqual",
]);

/** What a keyword does in declaration specifiers: one map lookup per token. */
const enum Word {
  Storage = 1,
  Qual,
  Inline,
  Ignored,
  Attribute,
  Alignas,
  Record,
  Enum,
  Typeof,
  TypeofUnqual,
  VaList,
  Complex,
  AutoType,
  Specifier,
}

const WORDS = new Map<string, Word>([
  ...[...STORAGE].map((w): [string, Word] => [w, Word.Storage]),
  ...[...QUALS].map((w): [string, Word] => [w, Word.Qual]),
  ...["inline", "__inline", "__inline__"].map((w): [string, Word] => [w, Word.Inline]),
  ["_Noreturn", Word.Ignored],
  ["__extension__", Word.Ignored],
  ["__attribute__", Word.Attribute],
  ["__attribute", Word.Attribute],
  ["_Alignas", Word.Alignas],
  ["struct", Word.Record],
  ["union", Word.Record],
  ["enum", Word.Enum],
  ["typeof", Word.Typeof],
  ["__typeof__", Word.Typeof],
  ["__typeof", Word.Typeof],
  // C23's typeof_unqual, spelt as clang 19 accepts it before C23 (plain `typeof_unqual` is an
  // identifier there): libbpf's BPF_CORE_READ declares its temporaries with it.
  ["__typeof_unqual__", Word.TypeofUnqual],
  ["__typeof_unqual", Word.TypeofUnqual],
  ["__builtin_va_list", Word.VaList],
  ["_Complex", Word.Complex],
  ["__auto_type", Word.AutoType],
  ...["void", "_Bool", "char", "short", "int", "long", "signed", "__signed", "__signed__", "unsigned", "float", "double", "__int128"].map((w): [string, Word] => [w, Word.Specifier]),
]);

/** Can a declaration (or type name) start here? */
export function isTypeStart(p: Parser): boolean {
  const t = p.t;
  if (t.kind !== "ident") return false;
  return WORDS.has(t.text) || p.isTypedefName(t);
}


/** Attributes, `asm("label")` and qualifiers that may follow a declarator. */
function skipDeclaratorTail(p: Parser, attrs: Attrs): void {
  for (;;) {
    if (p.is("__attribute__") || p.is("__attribute")) parseAttributes(p, attrs);
    else if ((p.is("asm") || p.is("__asm__") || p.is("__asm")) && p.peek().text === "(") {
      p.next();
      skipBalanced(p);
    } else return;
  }
}

/** Declaration specifiers; undefined if the tokens do not start a declaration. */
export function parseDeclSpec(p: Parser): DeclSpec | undefined {
  if (!isTypeStart(p)) return undefined;
  const start = p.t;
  const attrs = newAttrs();
  let storage: Storage;
  let inline = false;
  let isConst = false;
  let isVolatile = false;
  let named: CType | undefined;
  const c: Counts = { void: 0, bool: 0, char: 0, short: 0, int: 0, long: 0, signed: 0, unsigned: 0, float: 0, double: 0, int128: 0 };
  let any = false;
  const fresh = (): boolean => named === undefined && !any;
  for (let guard = 0; guard < 10_000; guard++) {
    const t = p.t;
    if (t.kind !== "ident") break;
    const w = t.text;
    const word = WORDS.get(w);
    if (word === undefined) {
      if (!fresh()) break;
      const e = p.lookup(w);
      if (e?.kind !== "typedef") break;
      // `T x` where T is a typedef; in `T T2` the second is the declarator's name.
      p.next();
      named = e.type;
      continue;
    }
    switch (word) {
      case Word.Storage: {
        p.next();
        const s = w === "_Thread_local" || w === "__thread" ? undefined : (w as Storage);
        if (storage && s) p.error(p.loc(t), "cannot combine with previous '" + storage + "' declaration specifier");
        storage = s ?? storage;
        continue;
      }
      case Word.Qual:
        p.next();
        if (w.includes("const")) isConst = true;
        else if (w.includes("volatile")) isVolatile = true;
        continue;
      case Word.Inline:
        p.next();
        inline = true;
        continue;
      case Word.Ignored:
        p.next();
        continue;
      case Word.Attribute:
        parseAttributes(p, attrs);
        continue;
      case Word.Alignas:
        p.next();
        p.expect("(");
        if (isTypeStart(p)) attrs.aligned = Math.max(attrs.aligned ?? 0, alignOfType(parseTypeName(p)));
        else attrs.aligned = Number(constInt(p, parseAssign(p), "_Alignas") ?? 1n);
        p.expect(")");
        continue;
      case Word.Complex:
        p.error(p.loc(t), "complex numbers are not supported by the BPF target");
        p.next();
        continue;
      case Word.Specifier:
        if (named !== undefined) break;
        count(c, w);
        p.next();
        any = true;
        continue;
    }
    if (!fresh()) break;
    if (word === Word.Record) named = parseRecord(p, attrs);
    else if (word === Word.Enum) named = parseEnum(p, attrs);
    else if (word === Word.Typeof || word === Word.TypeofUnqual) {
      p.next();
      p.expect("(");
      named = isTypeStart(p) ? parseTypeName(p) : parseExpr(p).type;
      p.expect(")");
      if (word === Word.TypeofUnqual) named = dropQuals(named);
    } else if (word === Word.VaList) {
      p.next();
      named = ptrTo(VOID);
    } else if (word === Word.AutoType) {
      p.error(p.loc(t), "'__auto_type' is not supported");
      p.next();
      named = INT;
    } else break;
  }
  let type: CType;
  if (named) {
    if (any) p.error(p.loc(start), "cannot combine with previous declaration specifier");
    type = named;
  } else type = combine(p, c, p.loc(start), any);
  if (isConst || isVolatile) type = derive(type, { ...(isConst ? { const: true } : {}), ...(isVolatile ? { volatile: true } : {}) });
  return { type, storage, inline, attrs, loc: p.loc(start), typed: any || named !== undefined };
}

/** typeof_unqual's type: no const/volatile at the top or on an array's elements. */
function dropQuals(t: CType): CType {
  const u = unqualified(t);
  return u.kind === "array" ? { ...u, of: dropQuals(u.of) } : u;
}

interface Counts {
  void: number;
  bool: number;
  char: number;
  short: number;
  int: number;
  long: number;
  signed: number;
  unsigned: number;
  float: number;
  double: number;
  int128: number;
}

/** Count a type-specifier keyword; false if `w` is not one. */
function count(c: Counts, w: string): boolean {
  switch (w) {
    case "int": c.int++; return true;
    case "unsigned": c.unsigned++; return true;
    case "char": c.char++; return true;
    case "long": c.long++; return true;
    case "short": c.short++; return true;
    case "void": c.void++; return true;
    case "signed": case "__signed": case "__signed__": c.signed++; return true;
    case "_Bool": c.bool++; return true;
    case "float": c.float++; return true;
    case "double": c.double++; return true;
    case "__int128": c.int128++; return true;
    default: return false;
  }
}

function combine(p: Parser, c: Counts, loc: Loc, any: boolean): CType {
  if (!any) return INT;
  if (c.signed && c.unsigned) p.error(loc, "'unsigned' cannot be signed or unsigned");
  if (c.float || c.double) return { kind: "float", size: c.float ? 4 : c.long ? 16 : 8 };
  if (c.void) return VOID;
  if (c.bool) return BOOL;
  const u = c.unsigned > 0;
  if (c.char) return u ? UCHAR : CHAR;
  if (c.short) return u ? USHORT : SHORT;
  if (c.int128) return { kind: "int", size: 16, signed: !u };
  if (c.long) {
    if (c.long > 2) p.error(loc, "'long long long' is invalid");
    return c.long === 2 ? longLong(u ? ULONG : LONG) : u ? ULONG : LONG;
  }
  return u ? UINT : INT;
}

function alignOfType(t: CType): number {
  switch (t.kind) {
    case "struct":
    case "union":
      return t.def.align;
    case "array":
      return alignOfType(t.of);
    case "ptr":
      return 8;
    case "bool":
    case "void":
    case "func":
      return 1;
    default:
      return Math.min(t.size, 16);
  }
}

function pointers(p: Parser, ty: CType, attrs: Attrs): CType {
  while (p.consume("*")) {
    ty = ptrTo(ty);
    for (;;) {
      const w = p.t.text;
      if (p.t.kind === "ident" && QUALS.has(w)) {
        p.next();
        if (w.includes("const")) ty = { ...ty, const: true };
        else if (w.includes("volatile")) ty = { ...ty, volatile: true };
      } else if (w === "__attribute__" || w === "__attribute") parseAttributes(p, attrs);
      else break;
    }
  }
  return ty;
}

export interface Declarator {
  type: CType;
  name?: string;
  nameLoc: Loc;
}

/**
 * A declarator around `base`. `abstract`: no name expected (type names, parameters may omit it).
 * Nested declarators `(*name)[N]` are parsed after their suffix, so the suffix applies inside.
 */
export function parseDeclarator(p: Parser, base: CType, attrs: Attrs, abstract: boolean): Declarator {
  p.deeper();
  try {
    return parseDeclaratorInner(p, base, attrs, abstract);
  } finally {
    p.depth--;
  }
}

function parseDeclaratorInner(p: Parser, base: CType, attrs: Attrs, abstract: boolean): Declarator {
  let ty = pointers(p, base, attrs);
  if (p.is("__attribute__")) parseAttributes(p, attrs);
  if (p.is("(") && isNestedDeclarator(p, abstract)) {
    const start = p.pos;
    skipBalanced(p);
    ty = parseSuffix(p, ty);
    const end = p.pos;
    p.pos = start + 1;
    const inner = parseDeclarator(p, ty, attrs, abstract);
    p.expect(")");
    p.pos = end;
    return inner;
  }
  let name: string | undefined;
  const nameLoc = p.loc();
  if (p.t.kind === "ident" && !isTypeStartWord(p)) {
    name = p.next().text;
  } else if (!abstract) p.fail(p.loc(), "expected identifier or '('");
  ty = parseSuffix(p, ty);
  skipDeclaratorTail(p, attrs);
  return { type: ty, name, nameLoc };
}

function isTypeStartWord(p: Parser): boolean {
  const w = p.t.text;
  return TYPE_WORDS.has(w) || QUALS.has(w) || STORAGE.has(w) || w === "__attribute__" || w === "__attribute";
}

function isNestedDeclarator(p: Parser, abstract: boolean): boolean {
  const n = p.peek();
  if (n.text === "*" || n.text === "^" || n.text === "__attribute__") return true;
  if (n.text === "(") return true;
  // A parameter's `bool (less)(int, int)`: a name that is not a type can only be a nested declarator.
  if (abstract) return n.text === "[" || (n.kind === "ident" && !p.isTypedefName(n) && !TYPE_WORDS.has(n.text) && !QUALS.has(n.text) && !STORAGE.has(n.text) && p.peek(2).text === ")");
  // `(name)` is nested unless `name` is a type (then it is a parameter list).
  return n.kind === "ident" && !p.isTypedefName(n) && !TYPE_WORDS.has(n.text) && !QUALS.has(n.text);
}

function parseSuffix(p: Parser, ty: CType): CType {
  if (p.is("[")) {
    const open = p.next();
    while (p.is("static") || (p.t.kind === "ident" && QUALS.has(p.t.text))) p.next();
    let len: number | undefined;
    if (!p.is("]")) {
      const e = parseAssign(p);
      const v = constInt(p, e, undefined);
      if (v === undefined) {
        if (e.type !== ERR) p.error(e.loc, "variable length arrays are not supported in BPF programs");
        len = 1;
      } else if (v < 0n) {
        p.error(e.loc, "array size is negative");
        len = 1;
      } else len = Number(v);
    }
    p.expect("]");
    const of = parseSuffix(p, ty);
    if (of.kind === "func") p.error(p.loc(open), "array of functions is not allowed");
    return arrayOf(of, len);
  }
  if (p.is("(")) {
    p.next();
    const fn = parseParams(p, ty);
    return fn;
  }
  return ty;
}

function parseParams(p: Parser, ret: CType): FuncType {
  const decls: ParamDecl[] = [];
  let variadic = false;
  let unprototyped = false;
  if (p.is(")")) unprototyped = true;
  else if (p.is("void") && p.peek().text === ")") p.next();
  else {
    for (;;) {
      if (p.consume("...")) {
        variadic = true;
        break;
      }
      const spec = parseDeclSpec(p);
      if (!spec) p.fail(p.loc(), p.t.kind === "ident" ? `unknown type name '${p.t.text}'` : "expected parameter declarator");
      const d = parseDeclarator(p, spec.type, spec.attrs, true);
      let t = d.type;
      if (t.kind === "array") t = { ...ptrTo(t.of), ...(t.const ? { const: true } : {}) };
      else if (t.kind === "func") t = ptrTo(t);
      decls.push({ name: d.name, loc: d.nameLoc, type: t, ...(spec.attrs.declTags ? { declTags: spec.attrs.declTags } : {}) });
      if (!p.consume(",")) break;
    }
  }
  p.expect(")");
  if (ret.kind === "func") p.error(p.afterPrev(), "function cannot return function type");
  if (ret.kind === "array") p.error(p.afterPrev(), "function cannot return array type");
  const fn: FuncType = { kind: "func", ret, params: decls.map((d) => d.type), variadic, ...(unprototyped ? { unprototyped: true } : {}) };
  paramDecls.set(fn, decls);
  return fn;
}

/** A type name (in casts, sizeof, _Alignof, typeof, compound literals, builtins). */
export function parseTypeName(p: Parser): CType {
  const spec = parseDeclSpec(p);
  if (!spec) p.fail(p.loc(), "expected a type");
  if (spec.storage) p.error(spec.loc, "type name does not allow storage class to be specified");
  return parseDeclarator(p, spec.type, spec.attrs, true).type;
}

export { Resync };
