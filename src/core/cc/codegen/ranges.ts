// Upper bounds of local variables known from the C source alone, before lowering.
//
// A signed int read from a variable must be sign-extended before it meets a 64-bit pointer, and the
// kernel's verifier loses a value's bounds through `<<= 32; s>>= 32` when it does not know the sign
// (packet offsets then fail their range checks). Clang keeps such a value unextended when it can prove
// it non-negative: `int hlen = ip->ihl * 4` is a 4-bit field times 4. This file proves the same: a
// local whose every write has a known upper bound (a non-negative constant, an unsigned field or
// narrower unsigned value, & with a bound, + * << of bounded values where signed overflow would be
// undefined behaviour, ...) carries the largest of them, and lowering gives its reads that bound.

import type { Expr, Stmt } from "../ast.ts";
import type { CType } from "../types.ts";
import { walkStmt } from "./callgraph.ts";
import { intKind } from "./values.ts";

/** The largest value of an integer type, or undefined for a non-integer. */
function typeMax(t: CType): bigint | undefined {
  const k = intKind(t);
  if (!k || t.kind === "ptr" || t.kind === "array" || t.kind === "func") return undefined;
  return (1n << BigInt(k.size * 8 - (k.signed ? 1 : 0))) - 1n;
}

const unsigned = (t: CType): boolean => intKind(t)?.signed === false && t.kind !== "ptr" && t.kind !== "array" && t.kind !== "func";

/** An upper bound of e when e is known to be in [0, bound], given the variables' bounds. */
export function exprBound(e: Expr, vars: ReadonlyMap<number, bigint>, depth = 0): bigint | undefined {
  if (depth > 64) return undefined; // deeply nested expressions: give up rather than recurse without end
  const B = (x: Expr) => exprBound(x, vars, depth + 1);
  const tmax = typeMax(e.type);
  if (tmax === undefined) return undefined;
  const clip = (b: bigint | undefined): bigint | undefined => (b === undefined ? undefined : b < tmax ? b : tmax);
  // Unsigned values are bounded by their type whatever they are; signed ones need a proof.
  const own = unsigned(e.type) ? tmax : undefined;
  const min = (a: bigint | undefined, b: bigint | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);
  switch (e.kind) {
    case "num":
      return e.value >= 0n ? e.value : undefined;
    case "var":
      return min(vars.get(e.sym.id), own);
    case "member":
      if (e.member.bitWidth !== undefined && unsigned(e.member.type)) return (1n << BigInt(e.member.bitWidth)) - 1n;
      return own;
    case "cast": {
      const b = B(e.arg);
      if (b !== undefined && b <= tmax) return b;
      return own; // truncated into an unsigned type: still within it; into a signed one: unknown
    }
    case "binary": {
      const a = B(e.left), b = B(e.right);
      const signed = !unsigned(e.type);
      switch (e.op) {
        case "==": case "!=": case "<": case "<=": case ">": case ">=":
          return 1n;
        case "&":
          return min(min(a, b), own);
        case "|": case "^": {
          if (a === undefined || b === undefined) return own;
          let m = 1n;
          while (m <= a || m <= b) m <<= 1n;
          return min(m - 1n, own);
        }
        case "+":
          // Signed overflow is undefined: the sum of non-negative values stays non-negative.
          if (a === undefined || b === undefined) return own;
          return signed ? clip(a + b) : a + b <= tmax ? a + b : own;
        case "*":
          if (a === undefined || b === undefined) return own;
          return signed ? clip(a * b) : a * b <= tmax ? a * b : own;
        case "<<":
          if (a === undefined || e.right.kind !== "num" || e.right.value >= 64n) return own;
          return signed ? clip(a << e.right.value) : a << e.right.value <= tmax ? a << e.right.value : own;
        case ">>":
          if (a === undefined) return own;
          return e.right.kind === "num" && e.right.value >= 0n && e.right.value < 64n ? a >> e.right.value : a;
        case "/":
          return a !== undefined && b !== undefined ? a : own;
        case "%":
          // The remainder has the dividend's sign and is smaller than it.
          if (a === undefined) return own;
          return e.right.kind === "num" && e.right.value > 0n && e.right.value - 1n < a ? e.right.value - 1n : a;
        default:
          return own;
      }
    }
    case "unary":
      return e.op === "!" ? 1n : own;
    case "logand": case "logor":
      return 1n;
    case "cond": {
      const a = B(e.then), b = B(e.else);
      return a !== undefined && b !== undefined ? (a > b ? a : b) : own;
    }
    case "comma":
      return B(e.right);
    default:
      return own;
  }
}

/**
 * Local variables (not parameters) whose every write has a known upper bound, with the largest.
 * Increments of a signed int by a positive amount keep it below 2^31 (overflow is undefined
 * behaviour, as clang also assumes); char and short wrap by conversion instead, so do not qualify.
 */
const cache = new WeakMap<Stmt, Map<number, bigint>>();

/** localBounds of a body, once per body (an inlined function is lowered at each call). */
export function localBoundsOf(body: Stmt): ReadonlyMap<number, bigint> {
  let b = cache.get(body);
  if (!b) cache.set(body, (b = localBounds(body)));
  return b;
}

export function localBounds(body: Stmt): Map<number, bigint> {
  const declared = new Set<number>(); // parameters start with any value: only locals qualify
  const bad = new Set<number>();
  // The writes to variables, gathered once: each round below reads them with better bounds.
  const writes: (Expr | Stmt)[] = [];
  walkStmt(body, (e) => {
    if (e.kind === "addr" && e.arg.kind === "var") bad.add(e.arg.sym.id);
    if ((e.kind === "assign" || e.kind === "opassign" || e.kind === "incdec") && e.target.kind === "var") writes.push(e);
  }, (s) => {
    if (s.kind === "decl") declared.add(s.sym.id);
    if (s.kind === "decl" && (!s.init || s.init.stores.length !== 1 || s.init.stores[0].offset !== 0 || typeMax(s.sym.type) === undefined)) bad.add(s.sym.id);
    if (s.kind === "decl" && s.init?.stores.length === 1) writes.push(s);
  });
  // Rounds from no knowledge: each uses only the previous round's (sound) bounds, so each is sound.
  let known = new Map<number, bigint>();
  for (let round = 0; round < 4; round++) {
    const next = new Map<number, bigint>();
    const none = new Set<number>(bad);
    const write = (id: number, b: bigint | undefined) => {
      if (b === undefined) none.add(id);
      else if ((next.get(id) ?? -1n) < b) next.set(id, b);
    };
    const growth = (t: CType, by: bigint | undefined) => {
      const k = intKind(t);
      return by !== undefined && k?.signed && k.size >= 4 ? typeMax(t) : undefined;
    };
    for (const w of writes) {
      if (w.kind === "decl") write(w.sym.id, exprBound(w.init!.stores[0].value, known));
      else if (w.kind === "assign" && w.target.kind === "var") write(w.target.sym.id, exprBound(w.value, known));
      else if (w.kind === "opassign" && w.target.kind === "var") write(w.target.sym.id, w.op === "+" ? growth(w.target.type, exprBound(w.value, known)) : undefined);
      else if (w.kind === "incdec" && w.target.kind === "var") write(w.target.sym.id, w.delta > 0 ? growth(w.target.type, 1n) : undefined);
    }
    for (const id of [...next.keys()]) if (none.has(id) || !declared.has(id)) next.delete(id);
    const same = next.size === known.size && [...next].every(([id, b]) => known.get(id) === b);
    known = next;
    if (same) break;
  }
  return known;
}
