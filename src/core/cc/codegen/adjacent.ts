// `x == A || x == A + 1` as one unsigned test, `(x - A) <= 1` (and `x != A && x != A + 1` as
// `(x - A) > 1`), as clang -O2 folds it: one conditional jump instead of two. Guards like
// `d == 0 || d == -1 ? a : a % d` are common, and every jump is a path the kernel's verifier walks.

import type { Expr } from "../ast.ts";
import { constValue } from "../consteval.ts";
import type { Block } from "./ir.ts";
import type { Lowerer } from "./lower.ts";
import { rv } from "./expr.ts";
import { immFor, intKind } from "./values.ts";

/** Compiles e that way and returns true, or returns false when e is not of that form. */
export function adjacentTest(L: Lowerer, e: Expr & { kind: "logand" | "logor" }, t: Block, f: Block): boolean {
  const op = e.kind === "logor" ? "==" : "!=";
  const a = constCompare(e.left, op), b = constCompare(e.right, op);
  if (!a || !b || !same(a.x, b.x, 0) || !pure(a.x, 0)) return false;
  const k = intKind(a.x.type);
  if (!k) return false;
  const bits = BigInt(k.size * 8);
  const mod = (v: bigint) => BigInt.asUintN(Number(bits), v);
  const lo = mod(b.c - a.c) === 1n ? a.c : mod(a.c - b.c) === 1n ? b.c : undefined;
  if (lo === undefined) return false;
  const w: 32 | 64 = k.size <= 4 ? 32 : 64;
  if (w === 32 && L.cpu < 3) return false; // no JMP32: the 64-bit compare would need the value extended
  const neg = immFor(BigInt.asIntN(Number(bits), -lo), w);
  if (neg === undefined) return false;
  const d = L.copy(rv(L, a.x), a.x.type, w);
  L.loc = e.loc;
  if (neg !== 0) L.emit({ k: "alu", w, op: "add", d, imm: neg });
  L.terminate({ k: "cbr", cc: e.kind === "logor" ? "jle" : "jgt", w, a: d, imm: 1, t, f });
  return true;
}

/** `x == C` or `C == x` (op `==`/`!=`): x and C's value in x's type. */
function constCompare(e: Expr, op: "==" | "!="): { x: Expr; c: bigint } | undefined {
  if (e.kind !== "binary" || e.op !== op) return undefined;
  const r = constValue(e.right);
  if (r !== undefined) return { x: e.left, c: r };
  const l = constValue(e.left);
  if (l !== undefined) return { x: e.right, c: l };
  return undefined;
}

/** Evaluating e twice gives the same value and does nothing else (no calls, stores, volatile reads). */
function pure(e: Expr, depth: number): boolean {
  if (depth > 32 || e.type.volatile) return false;
  switch (e.kind) {
    case "num":
      return true;
    case "var":
      return !e.sym.type.volatile;
    case "cast":
    case "unary":
    case "deref":
    case "addr":
      return pure(e.arg, depth + 1);
    case "member":
      return pure(e.base, depth + 1);
    case "binary":
    case "ptrdiff":
      return pure(e.left, depth + 1) && pure(e.right, depth + 1);
    case "ptradd":
      return pure(e.ptr, depth + 1) && pure(e.index, depth + 1);
    default:
      return false;
  }
}

/** The same expression, node for node (types compared by kind, size and signedness). */
function same(a: Expr, b: Expr, depth: number): boolean {
  if (depth > 32 || a.kind !== b.kind) return false;
  const ka = intKind(a.type), kb = intKind(b.type);
  if (a.type.kind !== b.type.kind || ka?.size !== kb?.size || ka?.signed !== kb?.signed) return false;
  switch (a.kind) {
    case "num":
      return a.value === (b as typeof a).value;
    case "var":
      return a.sym === (b as typeof a).sym;
    case "cast":
    case "deref":
    case "addr":
      return same(a.arg, (b as typeof a).arg, depth + 1);
    case "unary":
      return a.op === (b as typeof a).op && same(a.arg, (b as typeof a).arg, depth + 1);
    case "member":
      return a.member === (b as typeof a).member && same(a.base, (b as typeof a).base, depth + 1);
    case "binary":
      return a.op === (b as typeof a).op && same(a.left, (b as typeof a).left, depth + 1) && same(a.right, (b as typeof a).right, depth + 1);
    case "ptradd": {
      const o = b as typeof a;
      return a.scale === o.scale && a.sub === o.sub && same(a.ptr, o.ptr, depth + 1) && same(a.index, o.index, depth + 1);
    }
    default:
      return false;
  }
}
