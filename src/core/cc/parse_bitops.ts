// __builtin_popcount/ctz/clz/ffs/parity (and their l/ll forms) have no BPF instruction: they
// become integer arithmetic (the SWAR bit count) on a temporary, as a statement expression, or a
// constant when the argument is one.

import type { BinaryOp, Expr, Loc, Stmt, VarSym } from "./ast.ts";
import { castTo, promote, rvalue } from "./check_conv.ts";
import { constValue } from "./consteval.ts";
import type { Parser } from "./parse_state.ts";
import { INT, UINT, ULONG, isInteger, type CType } from "./types.ts";

const OPS = ["popcount", "ctz", "clz", "ffs", "parity"] as const;
type BitOp = (typeof OPS)[number];

export const BITOP_BUILTINS: ReadonlySet<string> = new Set(OPS.flatMap((o) => [`__builtin_${o}`, `__builtin_${o}l`, `__builtin_${o}ll`]));

function parseName(name: string): { op: BitOp; wide: boolean } {
  const base = name.slice("__builtin_".length);
  const op = OPS.find((o) => base === o || base === o + "l" || base === o + "ll")!;
  return { op, wide: base !== op };
}

function fold(op: BitOp, v: bigint, bits: number): bigint {
  const x = BigInt.asUintN(bits, v);
  let pop = 0n;
  for (let k = 0n; k < BigInt(bits); k++) if ((x >> k) & 1n) pop++;
  let ctz = 0n;
  while (ctz < BigInt(bits) && !((x >> ctz) & 1n)) ctz++;
  let clz = 0n;
  while (clz < BigInt(bits) && !((x >> (BigInt(bits) - 1n - clz)) & 1n)) clz++;
  switch (op) {
    case "popcount": return pop;
    case "ctz": return ctz;
    case "clz": return clz;
    case "ffs": return x === 0n ? 0n : ctz + 1n;
    case "parity": return pop & 1n;
  }
}

/** The call `name(arg)`, already parsed. */
export function bitop(p: Parser, name: string, arg: Expr, loc: Loc): Expr {
  const { op, wide } = parseName(name);
  const t: CType = wide ? ULONG : UINT;
  const bits = wide ? 64 : 32;
  const a = rvalue(arg);
  if (!isInteger(a.type) && a.type.kind !== "bool") {
    p.error(arg.loc, `passing '${a.type.kind}' to parameter of incompatible type 'unsigned ${wide ? "long" : "int"}'`);
    return { kind: "num", type: INT, value: 0n, loc };
  }
  const x = castTo(promote(a), t);
  const c = constValue(x);
  if (c !== undefined) return { kind: "num", type: INT, value: fold(op, c, bits), loc };
  if (!p.fn) {
    p.error(loc, "initializer element is not a compile-time constant");
    return { kind: "num", type: INT, value: 0n, loc };
  }
  const fn = p.fn;
  const temp = (what: string): Expr => {
    const sym: VarSym = { kind: "var", name: `.${what}.${p.nextId}`, type: t, storage: "local", id: p.nextId++, loc, addressTaken: false };
    fn.sym.locals.push(sym);
    return { kind: "var", type: t, sym, loc };
  };
  const n = (value: bigint): Expr => ({ kind: "num", type: t, value: BigInt.asUintN(bits, value), loc });
  const int = (value: bigint): Expr => ({ kind: "num", type: INT, value, loc });
  const bin = (o: BinaryOp, l: Expr, r: Expr): Expr => ({ kind: "binary", op: o, type: t, left: l, right: r, loc });
  const decl = (target: Expr, value: Expr): Stmt => ({ kind: "decl", sym: (target as Extract<Expr, { kind: "var" }>).sym, init: { zero: false, stores: [{ offset: 0, type: t, value }] }, loc });
  const rep = (byte: bigint): bigint => {
    let r = 0n;
    for (let k = 0; k < bits / 8; k++) r = (r << 8n) | byte;
    return r;
  };
  const body: Stmt[] = [];
  // ffs tests the argument after counting: keep it in its own temporary (evaluated once).
  const keep = op === "ffs" ? temp("arg") : undefined;
  if (keep) body.push(decl(keep, x));
  const v = temp(op);
  body.push(decl(v, keep ?? x));
  const set = (value: Expr): void => {
    body.push({ kind: "expr", expr: { kind: "assign", type: t, target: v, value, loc }, loc });
  };
  if (op === "ctz" || op === "ffs") {
    // Trailing zeros are the ones of (x & -x) - 1.
    set(bin("-", bin("&", v, { kind: "unary", op: "-", type: t, arg: v, loc }), n(1n)));
  } else if (op === "clz") {
    // Smear the highest one downwards; the leading zeros are the ones of the complement.
    for (let s = 1; s < bits; s *= 2) set(bin("|", v, bin(">>", v, n(BigInt(s)))));
    set({ kind: "unary", op: "~", type: t, arg: v, loc });
  }
  set(bin("-", v, bin("&", bin(">>", v, n(1n)), n(rep(0x55n)))));
  set(bin("+", bin("&", v, n(rep(0x33n))), bin("&", bin(">>", v, n(2n)), n(rep(0x33n)))));
  set(bin("&", bin("+", v, bin(">>", v, n(4n))), n(rep(0x0fn))));
  let count: Expr = bin(">>", bin("*", v, n(rep(0x01n))), n(BigInt(bits - 8)));
  if (op === "parity") count = bin("&", count, n(1n));
  let result: Expr = castTo(count, INT);
  if (keep) {
    const nonzero: Expr = { kind: "binary", op: "!=", type: INT, left: keep, right: n(0n), loc };
    result = { kind: "cond", type: INT, cond: nonzero, then: { kind: "binary", op: "+", type: INT, left: result, right: int(1n), loc }, else: int(0n), loc };
  }
  return { kind: "stmtexpr", type: INT, body, result, loc };
}
