// Initialisers: designated (`.a = 1`, `[3] = 2`), nested braces with brace elision, strings for
// char arrays. They parse to a tree of sub-objects, then flatten to stores at byte offsets: a
// local gets LocalInit (zero fill when something is left out), a global gets its bytes.

import type { Expr, InitReloc, LocalInit, Loc, VarSym } from "./ast.ts";
import { ERR, compatible, intInfo, typeName } from "./check_types.ts";
import { assignConv, rvalue } from "./check_conv.ts";
import { constValue } from "./consteval.ts";
import { constInt } from "./check_ops.ts";
import { parseAssign, parseCond } from "./parse_expr.ts";
import type { Parser } from "./parse_state.ts";
import { spanLoc } from "./token.ts";
import { UCHAR, UINT, ULONG, USHORT, arrayOf, sizeOf, type CType, type Member } from "./types.ts";

interface InitNode {
  type: CType;
  expr?: Expr;
  str?: Uint8Array;
  kids?: Map<number, InitNode>;
  loc: Loc;
}

const isAggregate = (t: CType): boolean => t.kind === "array" || t.kind === "struct" || t.kind === "union";
const isCharArray = (t: CType): boolean => t.kind === "array" && t.of.kind === "int" && t.of.size === 1;

function stringNode(p: Parser, type: CType, loc: Loc): InitNode {
  const e = parseAssign(p);
  if (e.kind !== "str") {
    p.error(e.loc, `array initializer must be an initializer list or string literal`);
    return { type, loc };
  }
  let bytes = e.bytes;
  let t = type as Extract<CType, { kind: "array" }>;
  if (t.len === undefined) t = { ...t, len: bytes.length };
  else if (bytes.length - 1 > t.len) p.warn(e.loc, "initializer-string for char array is too long");
  bytes = bytes.slice(0, t.len);
  return { type: t, str: bytes, loc: spanLoc(loc, e.loc) };
}

/** One initializer for an object of `type`; `at` is where clang reports a bad conversion (the declarator). */
function initializer(p: Parser, type: CType, at?: Loc): InitNode {
  const loc = p.loc();
  if (p.is("{")) return braced(p, type);
  if (isCharArray(type) && p.t.kind === "str") return stringNode(p, type, loc);
  if (isAggregate(type)) {
    const e = parseAssign(p);
    if (e.type !== ERR && !(compatible(e.type, type) && type.kind !== "array"))
      p.error(at ?? e.loc, type.kind === "array" ? "array initializer must be an initializer list" : `initializing ${typeName(type)} with an expression of incompatible type ${typeName(rvalue(e).type)}`);
    return { type, expr: e, loc };
  }
  const e = parseAssign(p);
  return { type, expr: assignConv(p, e, type, "init", at ?? e.loc), loc: e.loc };
}

function braced(p: Parser, type: CType): InitNode {
  p.deeper();
  try {
    return bracedInner(p, type);
  } finally {
    p.depth--;
  }
}

function bracedInner(p: Parser, type: CType): InitNode {
  const open = p.next();
  const node: InitNode = { type, loc: p.loc(open) };
  if (!isAggregate(type)) {
    if (!p.is("}")) {
      const inner = initializer(p, type);
      node.expr = inner.expr;
      if (p.consume(",") && !p.is("}")) {
        p.warn(p.loc(), "excess elements in scalar initializer");
        while (!p.is("}") && p.t.kind !== "eof") p.next();
      }
    }
    p.expect("}");
    return node;
  }
  if (isCharArray(type) && p.t.kind === "str" && (p.peek().text === "}" || (p.peek().text === "," && p.peek(2).text === "}"))) {
    const s = stringNode(p, type, node.loc);
    p.consume(",");
    p.expect("}");
    return s;
  }
  fill(p, node, true);
  p.expect("}");
  return node;
}

function memberCount(t: CType): number {
  if (t.kind === "array") return t.len ?? Infinity;
  if (t.kind === "struct") return t.def.members.length;
  if (t.kind === "union") return Math.min(1, t.def.members.length);
  return 1;
}

function childType(t: CType, k: number): CType {
  if (t.kind === "array") return t.of;
  if (t.kind === "struct" || t.kind === "union") return t.def.members[k].type;
  return t;
}

function kid(node: InitNode, k: number, loc: Loc): InitNode {
  node.kids ??= new Map();
  let c = node.kids.get(k);
  if (!c) {
    c = { type: childType(node.type, k), loc };
    node.kids.set(k, c);
  }
  return c;
}

/** Member indices leading to `name`, through anonymous members. */
function memberPath(t: CType, name: string): number[] | undefined {
  if (t.kind !== "struct" && t.kind !== "union") return undefined;
  const ms = t.def.members;
  for (let k = 0; k < ms.length; k++) {
    if (ms[k].name === name) return [k];
    if (ms[k].name === undefined) {
      const inner = memberPath(ms[k].type, name);
      if (inner) return [k, ...inner];
    }
  }
  return undefined;
}

/** Read an initializer for a sub-object that is an aggregate, eliding its braces if need be. */
function subInit(p: Parser, node: InitNode): void {
  const t = node.type;
  if (p.is("{")) {
    const b = braced(p, t);
    Object.assign(node, b, { kids: b.kids });
    return;
  }
  if (isCharArray(t) && p.t.kind === "str") {
    Object.assign(node, stringNode(p, t, p.loc()));
    return;
  }
  if (!isAggregate(t)) {
    const e = parseAssign(p);
    node.expr = assignConv(p, e, t, "init", e.loc);
    node.kids = undefined;
    return;
  }
  // A whole struct value, or the first scalar of the aggregate (brace elision)?
  const save = p.pos;
  const nd = p.diags.length;
  const ne = p.errors;
  const e = parseAssign(p);
  if ((t.kind === "struct" || t.kind === "union") && compatible(e.type, t)) {
    node.expr = e;
    return;
  }
  p.pos = save;
  p.diags.length = nd;
  p.errors = ne;
  fill(p, node, false);
}

function fill(p: Parser, node: InitNode, isBraced: boolean, from = 0): void {
  let idx = from;
  let max = 0;
  const count = () => memberCount(node.type);
  for (let guard = 0; guard < 1_000_000; guard++) {
    if (p.is("}") || p.t.kind === "eof") break;
    if (p.is(".") || p.is("[")) {
      if (!isBraced) return;
      // A designator chain: the first step picks this level's index.
      let target = node;
      let first = true;
      const chain: { parent: InitNode; idx: number }[] = [];
      // GNU `[lo ... hi] = x`: the sub-object at lo is initialised, then copied to lo+1..hi.
      let range: { parent: InitNode; lo: number; hi: number } | undefined;
      while (p.is(".") || p.is("[")) {
        let path: number[];
        const t = target.type;
        if (p.consume(".")) {
          const nameTok = p.next();
          const mp = memberPath(t, nameTok.text);
          if (!mp) p.fail(p.loc(nameTok), t.kind === "struct" || t.kind === "union" ? `field designator '${nameTok.text}' does not refer to any field in type ${typeName(t)}` : `field designator cannot initialize a non-struct, non-union type ${typeName(t)}`);
          path = mp;
        } else {
          const open = p.next();
          const v = constInt(p, parseCond(p), "array designator") ?? 0n;
          let hi = v;
          if (p.consume("...")) {
            hi = constInt(p, parseCond(p), "array designator") ?? v;
            if (hi < v) p.fail(p.loc(open), "array designator range [" + v + ", " + hi + "] is empty");
          }
          p.expect("]");
          if (t.kind !== "array") p.fail(p.loc(open), `array designator cannot initialize non-array type ${typeName(t)}`);
          if (t.len !== undefined && hi >= BigInt(t.len)) p.fail(p.loc(open), `array designator index (${hi}) exceeds array bounds (${t.len})`);
          if (hi - v > 100_000n) p.fail(p.loc(open), "array designator range is too large");
          if (hi > v && !range) range = { parent: target, lo: Number(v), hi: Number(hi) };
          path = [Number(v)];
        }
        if (first) {
          idx = range?.parent === node ? range.hi : path[0];
          first = false;
        }
        for (const k of path) {
          chain.push({ parent: target, idx: k });
          target = kid(target, k, p.loc());
        }
      }
      p.expect("=");
      if (target.type.kind === "union" || target.type.kind === "struct" || target.type.kind === "array") subInit(p, target);
      else {
        const e = parseAssign(p);
        target.expr = assignConv(p, e, target.type, "init", e.loc);
      }
      if (range) {
        const src = kid(range.parent, range.lo, p.loc());
        for (let k = range.lo + 1; k <= range.hi; k++) {
          range.parent.kids!.set(k, clone(src));
        }
      }
      // Positional initialisers after `.a.b[1] = x` go on inside a.b, then a, then here (6.7.9p17).
      for (let lvl = chain.length - 1; lvl >= 1; lvl--) {
        const { parent, idx: at } = chain[lvl];
        const n = p.peek();
        if (!p.is(",") || n.text === "}" || n.text === "." || n.text === "[") break;
        if (at + 1 >= memberCount(parent.type)) continue;
        p.next();
        fill(p, parent, false, at + 1);
      }
      idx++;
    } else {
      if (idx >= count()) {
        if (!isBraced) return;
        p.warn(p.loc(), `excess elements in ${node.type.kind === "array" ? "array" : node.type.kind} initializer`);
        parseAssign(p);
      } else {
        const c = kid(node, idx, p.loc());
        subInit(p, c);
        idx++;
      }
    }
    max = Math.max(max, idx);
    if (!isBraced && idx >= count()) {
      // The elided aggregate is full: leave the comma for the enclosing list.
      break;
    }
    if (p.is(",") && !isBraced && (p.peek().text === "." || p.peek().text === "[")) break;
    if (!p.consume(",")) break;
    if (!isBraced && idx >= count()) break;
  }
  if (node.type.kind === "array" && node.type.len === undefined) node.type = arrayOf(node.type.of, max);
}

function clone(n: InitNode): InitNode {
  return { ...n, ...(n.kids ? { kids: new Map([...n.kids].map(([k, c]) => [k, clone(c)])) } : {}) };
}

interface Store {
  offset: number;
  type: CType;
  value: Expr;
  member?: Member;
}

function flatten(p: Parser, node: InitNode, offset: number, out: Store[], member?: Member): void {
  const t = node.type;
  if (node.str) {
    const bytes = node.str;
    const len = (t as Extract<CType, { kind: "array" }>).len ?? bytes.length;
    for (let i = 0; i < len; ) {
      const n = len - i >= 8 ? 8 : len - i >= 4 ? 4 : len - i >= 2 ? 2 : 1;
      let v = 0n;
      for (let k = n - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[i + k] ?? 0);
      const type = n === 8 ? ULONG : n === 4 ? UINT : n === 2 ? USHORT : UCHAR;
      out.push({ offset: offset + i, type, value: { kind: "num", type, value: v, loc: node.loc } });
      i += n;
    }
    return;
  }
  if (node.expr) {
    if (node.expr.type === ERR) return;
    out.push({ offset, type: member?.bitWidth !== undefined ? member.type : t, value: node.expr, ...(member?.bitWidth !== undefined ? { member } : {}) });
    return;
  }
  if (!node.kids) return;
  for (const [k, c] of [...node.kids].sort((a, b) => a[0] - b[0])) {
    if (t.kind === "array") flatten(p, c, offset + k * sizeOf(t.of), out);
    else if (t.kind === "struct" || t.kind === "union") {
      const m = t.def.members[k];
      flatten(p, c, offset + m.offset, out, m.bitWidth !== undefined ? m : undefined);
    }
  }
}

/** Parse `= initializer` for a local; returns the init and the type (an unsized array gets its length). */
export function parseLocalInit(p: Parser, type: CType, at?: Loc): { init: LocalInit; type: CType } {
  const node = initializer(p, type, at);
  const stores: Store[] = [];
  flatten(p, node, 0, stores);
  const size = sizeOf(node.type);
  let zero = false;
  if (isAggregate(node.type) && !(node.expr && !node.kids)) {
    const covered = new Uint8Array(size);
    for (const s of stores) if (!s.member) covered.fill(1, s.offset, s.offset + sizeOf(s.type));
    zero = covered.includes(0);
  }
  const kept = zero ? stores.filter((s) => constValue(s.value) !== 0n) : stores;
  return { init: { zero, stores: kept }, type: node.type };
}

/** Parse `= initializer` for a global: the bytes of its initial value. */
/** `.maps` definitions' pointer slots (`.values = { &inner }`) are relocations too: libbpf fills them at load. */
export function parseGlobalInit(p: Parser, type: CType, at?: Loc): { bytes: Uint8Array; type: CType; exprs: Expr[]; relocs: InitReloc[] } {
  const node = initializer(p, type, at);
  const stores: Store[] = [];
  flatten(p, node, 0, stores);
  const bytes = new Uint8Array(sizeOf(node.type));
  const relocs: InitReloc[] = [];
  for (const s of stores) {
    let v = constValue(rvalue(s.value));
    if (v === undefined && s.member?.bitWidth === undefined && sizeOf(s.type) === 8) {
      // An address: clang writes a relocation and the addend in place (libbpf fills `.maps`
      // slots from it, and leaves a data section's pointer holding the addend).
      const a = addressOf(s.value);
      if (a) {
        relocs.push({ offset: s.offset, target: a.target, addend: a.addend, loc: s.value.loc });
        v = BigInt(a.addend);
      }
    }
    if (v === undefined) {
      p.error(s.value.loc, "initializer element is not a compile-time constant");
      continue;
    }
    const size = sizeOf(s.type);
    if (s.member?.bitWidth !== undefined) {
      // Bit by bit: a packed bitfield may reach past its declared type's size from its byte.
      const m = s.member;
      const at = s.offset * 8 + (m.bitOffset ?? 0);
      for (let k = 0; k < m.bitWidth!; k++) {
        const bit = at + k;
        const byte = bit >> 3;
        if (byte >= bytes.length) break;
        if ((v >> BigInt(k)) & 1n) bytes[byte] |= 1 << (bit & 7);
        else bytes[byte] &= ~(1 << (bit & 7));
      }
    } else writeLE(bytes, s.offset, Math.min(size, 8), BigInt.asUintN(64, v));
  }
  return { bytes, type: node.type, exprs: stores.map((s) => s.value), relocs };
}

type Address = { readonly target: InitReloc["target"]; readonly addend: number };

/** A constant address: a global's, a function's or a string literal's, plus a constant offset. */
function addressOf(e: Expr, depth = 0): Address | undefined {
  if (depth > 64) return undefined;
  while (e.kind === "cast" && sizeOf(e.type) === 8) e = e.arg;
  switch (e.kind) {
    case "func":
      return { target: e.sym, addend: 0 };
    case "addr":
      return placeOf(e.arg, depth + 1);
    case "ptradd": {
      const base = addressOf(e.ptr, depth + 1);
      const i = constValue(e.index);
      if (!base || i === undefined) return undefined;
      return { target: base.target, addend: base.addend + Number(BigInt.asIntN(64, i)) * e.scale * (e.sub ? -1 : 1) };
    }
    default:
      return undefined;
  }
}

/** The address of an lvalue with a constant place: a global, a member or element of one, a string. */
function placeOf(e: Expr, depth: number): Address | undefined {
  switch (e.kind) {
    case "var":
      return e.sym.storage === "global" || e.sym.storage === "extern" ? { target: e.sym, addend: 0 } : undefined;
    case "func":
      return { target: e.sym, addend: 0 };
    case "str":
      return { target: e.bytes, addend: 0 };
    case "member": {
      const b = placeOf(e.base, depth + 1);
      return b && { target: b.target, addend: b.addend + e.member.offset };
    }
    case "deref":
      return addressOf(e.arg, depth + 1);
    default:
      return undefined;
  }
}

function writeLE(b: Uint8Array, off: number, n: number, v: bigint): void {
  for (let k = 0; k < n && off + k < b.length; k++) b[off + k] = Number((v >> BigInt(8 * k)) & 0xffn);
}

/** `(type){ ... }` in a function: a fresh local with its initialiser. */
export function parseCompoundLiteral(p: Parser, type: CType, loc: Loc): Expr {
  if (!p.fn) {
    const { type: t } = parseGlobalInit(p, type);
    p.error(loc, "compound literals at file scope are not supported");
    return { kind: "num", type: t === type ? ERR : ERR, value: 0n, loc };
  }
  const { init, type: t } = parseLocalInit(p, type);
  const sym: VarSym = { kind: "var", name: `.compoundliteral.${p.nextId}`, type: t, storage: "local", id: p.nextId++, loc, addressTaken: isAggregate(t) };
  p.fn.sym.locals.push(sym);
  return { kind: "compound", type: t, sym, init, loc: spanLoc(loc, p.loc(p.toks[p.pos - 1])) };
}

export { intInfo };
