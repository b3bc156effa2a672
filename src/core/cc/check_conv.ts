// The implicit conversions of C17 6.3, made explicit as `cast` nodes: lvalue-to-rvalue with array
// and function decay, the integer promotions, the usual arithmetic conversions, and the
// conversion as if by assignment (with clang's diagnostics for the mismatches).

import type { Diagnostic } from "../diag.ts";
import type { Expr, Loc } from "./ast.ts";
import { ERR, compatible, intInfo, truncate, typeName } from "./check_types.ts";
import { constValue } from "./consteval.ts";
import type { Parser } from "./parse_state.ts";
import { INT, LONG, UINT, ULONG, isInteger, ptrTo, unqualified, type CType } from "./types.ts";

/** Same machine representation and C meaning: no conversion node needed. */
function sameType(a: CType, b: CType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) {
    if ((a.kind === "int" && b.kind === "enum") || (a.kind === "enum" && b.kind === "int")) return a.size === b.size && a.signed === b.signed;
    return false;
  }
  if (a.kind === "int" || a.kind === "enum") return a.size === (b as typeof a).size && a.signed === (b as typeof a).signed;
  if (a.kind === "ptr") return compatible(a.to, (b as typeof a).to, true);
  return compatible(a, b);
}

export function castTo(e: Expr, to: CType, loc: Loc = e.loc): Expr {
  if (e.type === ERR) return e;
  if (sameType(e.type, to) && !!e.type.typedefName === !!to.typedefName) return e.type === to ? e : { ...e, type: to };
  if (e.kind === "num" && (isInteger(to) || to.kind === "bool") && (isInteger(e.type) || e.type.kind === "bool")) return { kind: "num", type: to, loc: e.loc, value: truncate(e.value, to) };
  return { kind: "cast", type: to, arg: e, loc };
}

/** An lvalue's value: arrays decay to a pointer to their first element, functions to their address. */
export function rvalue(e: Expr): Expr {
  const t = e.type;
  if (t.kind === "array") return { kind: "addr", type: ptrTo(t.of), arg: e, loc: e.loc };
  if (t.kind === "func") return { kind: "addr", type: ptrTo(t), arg: e, loc: e.loc };
  return e;
}

export function isBitfield(e: Expr): boolean {
  return e.kind === "member" && e.member.bitWidth !== undefined;
}

/** The integer promotions (6.3.1.1), bit-fields narrower than int included. */
export function promote(e: Expr): Expr {
  e = rvalue(e);
  const t = e.type;
  if (t === ERR) return e;
  if (isBitfield(e) && e.kind === "member") {
    const w = e.member.bitWidth!;
    const { signed } = intInfo(t);
    if (w < 32 || (w === 32 && signed)) return castTo(e, INT);
    if (w === 32) return castTo(e, UINT);
  }
  if (t.kind === "bool") return castTo(e, INT);
  if (t.kind === "int" || t.kind === "enum") {
    if (t.size < 4) return castTo(e, INT);
    if (t.kind === "enum") return castTo(e, t.size === 4 ? (t.signed ? INT : UINT) : t.signed ? LONG : ULONG);
  }
  return e;
}

/** The common type of two promoted integer operands (6.3.1.8). */
export function commonType(a: CType, b: CType): CType {
  const x = intInfo(a);
  const y = intInfo(b);
  if (x.size === y.size && x.signed === y.signed) return a.typedefName === b.typedefName ? a : canonical(x);
  if (x.signed === y.signed) return x.size > y.size ? a : b;
  const [u, s, ut, st] = x.signed ? [y, x, b, a] : [x, y, a, b];
  if (u.size >= s.size) return ut;
  return st;
}

function canonical(i: { size: number; signed: boolean }): CType {
  if (i.size === 4) return i.signed ? INT : UINT;
  if (i.size === 8) return i.signed ? LONG : ULONG;
  return { kind: "int", size: i.size as 16, signed: i.signed };
}

/** Promote both and convert to their common type. */
export function usualArith(a: Expr, b: Expr): [Expr, Expr, CType] {
  const x = promote(a);
  const y = promote(b);
  if (x.type === ERR || y.type === ERR) return [x, y, ERR];
  const t = commonType(x.type, y.type);
  return [castTo(x, t), castTo(y, t), t];
}

export type ConvContext = "init" | "assign" | "pass" | "return";

function tail(ctx: ConvContext, to: CType, from: CType): string {
  const T = typeName(to);
  const E = typeName(from);
  switch (ctx) {
    case "init": return `initializing ${T} with an expression of type ${E}`;
    case "assign": return `assigning to ${T} from ${E}`;
    case "pass": return `passing ${E} to parameter of type ${T}`;
    case "return": return `returning ${E} from a function with result type ${T}`;
  }
}

function incompatible(ctx: ConvContext, to: CType, from: CType): string {
  const T = typeName(to);
  const E = typeName(from);
  switch (ctx) {
    case "init": return `initializing ${T} with an expression of incompatible type ${E}`;
    case "assign": return `assigning to ${T} from incompatible type ${E}`;
    case "pass": return `passing ${E} to parameter of incompatible type ${T}`;
    case "return": return `returning ${E} from a function with incompatible result type ${T}`;
  }
}

export function isNullConstant(e: Expr): boolean {
  let x = e;
  while (x.kind === "cast" && (isInteger(x.type) || (x.type.kind === "ptr" && x.type.to.kind === "void"))) x = x.arg;
  return (isInteger(x.type) || x.type.kind === "ptr") && constValue(x) === 0n;
}

/**
 * Floating constants: an ERR-typed node (so every use stays an error, reported once at the literal)
 * whose error is withdrawn when the constant is converted to an integer, which clang folds at
 * compile time (`bpf_timer_start(&t, 10E9, 0)`, `__u64 limit = 10E9;`): no floating-point code.
 */
const floatConsts = new WeakMap<Expr, { value: number; diag: Diagnostic }>();

export function floatConstant(p: Parser, value: number, loc: Loc): Expr {
  const e: Expr = { kind: "num", type: ERR, value: 0n, loc };
  p.error(loc, "floating point is not supported by the BPF target");
  const diag = p.diags[p.diags.length - 1];
  if (diag?.message === "floating point is not supported by the BPF target") floatConsts.set(e, { value, diag });
  return e;
}

/** A floating constant converted to an integer type: its folded value, its error withdrawn. */
export function floatToInt(p: Parser, e: Expr, to: CType): Expr | undefined {
  const f = floatConsts.get(e);
  if (!f || !isInteger(to)) return undefined;
  const k = p.diags.indexOf(f.diag);
  if (k < 0) return undefined;
  p.diags.splice(k, 1);
  p.errors--;
  floatConsts.delete(e);
  const v = to.kind === "bool" ? BigInt(f.value !== 0) : BigInt(Math.trunc(f.value));
  return { kind: "num", type: to, value: truncate(v, to), loc: e.loc };
}

/** Convert `e` as if by assignment to `to`, reporting what clang reports at `loc`. */
export function assignConv(p: Parser, e: Expr, to: CType, ctx: ConvContext, loc: Loc): Expr {
  const folded = floatToInt(p, e, unqualified(to));
  if (folded) return folded;
  // Messages name the type as written (an array before it decays), as clang's do.
  const shown = e.type;
  e = rvalue(e);
  const from = e.type;
  if (from === ERR || to === ERR) return castTo(e, to);
  const tu = unqualified(to);
  if (tu.kind === "struct" || tu.kind === "union" || from.kind === "struct" || from.kind === "union") {
    if (tu.kind !== from.kind || (tu.kind === "struct" || tu.kind === "union") && (from as typeof tu).def !== tu.def) {
      p.error(loc, incompatible(ctx, to, shown));
      return { kind: "num", type: ERR, value: 0n, loc: e.loc };
    }
    return e;
  }
  if (to.kind === "void") return e;
  if (from.kind === "void") {
    p.error(loc, incompatible(ctx, to, shown));
    return { kind: "num", type: ERR, value: 0n, loc: e.loc };
  }
  if (to.kind === "float" || from.kind === "float") {
    p.error(loc, "floating point is not supported by the BPF target");
    return { kind: "num", type: ERR, value: 0n, loc: e.loc };
  }
  if (to.kind === "bool") return castTo(e, to);
  if (isInteger(to)) {
    if (from.kind === "ptr") {
      const hint = compatible(unqualified(from.to), unqualified(to)) ? "; dereference with *" : "";
      p.error(loc, `incompatible pointer to integer conversion ${tail(ctx, to, shown)}${hint}`, "int-conversion", "int-conversion");
    }
    return castTo(e, to);
  }
  if (to.kind === "ptr") {
    if (isInteger(from) || from.kind === "bool") {
      if (!isNullConstant(e)) p.error(loc, `incompatible integer to pointer conversion ${tail(ctx, to, shown)}`, "int-conversion", "int-conversion");
      return castTo(e, to);
    }
    if (from.kind === "ptr") {
      const a = to.to;
      const b = from.to;
      if (a.kind !== "void" && b.kind !== "void" && !compatible(unqualified(a), unqualified(b))) {
        if (a.kind === "int" && b.kind === "int" && a.size === b.size)
          p.warn(loc, `${tail(ctx, to, shown)} converts between pointers to integer types with different sign`, "pointer-sign", "pointer-sign");
        else p.warn(loc, `incompatible pointer types ${tail(ctx, to, shown)}`, "incompatible-pointer-types", "incompatible-pointer-types");
      } else if ((b.const && !a.const) || (b.volatile && !a.volatile))
        p.warn(loc, `${tail(ctx, to, shown)} discards qualifiers`, "incompatible-pointer-types-discards-qualifiers", "incompatible-pointer-types-discards-qualifiers");
      return castTo(e, to);
    }
  }
  p.error(loc, incompatible(ctx, to, shown));
  return castTo(e, to);
}
