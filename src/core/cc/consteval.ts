// Integer constant folding over the typed AST: array sizes, case labels, enum values, bit widths,
// static asserts, global initialisers, and the `&((T *)0)->m` offsetof idiom.

import type { Expr } from "./ast.ts";
import { intInfo, truncate } from "./check_types.ts";
import { isInteger } from "./types.ts";

/** The value of `e` if it is a constant (integers and integer-valued pointers), else undefined. */
export function constValue(e: Expr): bigint | undefined {
  switch (e.kind) {
    case "num":
      return e.value;
    case "cast": {
      if (!isInteger(e.type) && e.type.kind !== "ptr") return undefined;
      const v = constValue(e.arg);
      return v === undefined ? undefined : truncate(v, e.type);
    }
    case "unary": {
      const v = constValue(e.arg);
      if (v === undefined) return undefined;
      if (e.op === "!") return v === 0n ? 1n : 0n;
      return truncate(e.op === "-" ? -v : ~v, e.type);
    }
    case "binary": {
      const a = constValue(e.left);
      const b = constValue(e.right);
      if (a === undefined || b === undefined) return undefined;
      return binop(e.op, a, b, e);
    }
    case "logand":
    case "logor": {
      const a = constValue(e.left);
      if (a === undefined) return undefined;
      if (e.kind === "logand" && a === 0n) return 0n;
      if (e.kind === "logor" && a !== 0n) return 1n;
      const b = constValue(e.right);
      return b === undefined ? undefined : b !== 0n ? 1n : 0n;
    }
    case "cond": {
      const c = constValue(e.cond);
      if (c === undefined) return undefined;
      return constValue(c !== 0n ? e.then : e.else);
    }
    case "comma":
      return undefined;
    case "builtin": {
      // clang folds the byte swaps of constants (bpf_endian.h's __bpf_htons(ETH_P_IP) in case labels).
      const bytes = e.name === "bswap16" ? 2 : e.name === "bswap32" ? 4 : e.name === "bswap64" ? 8 : 0;
      const v = bytes && e.args.length === 1 ? constValue(e.args[0]) : undefined;
      if (v === undefined) return undefined;
      let out = 0n;
      for (let k = 0; k < bytes; k++) out = (out << 8n) | ((v >> BigInt(8 * k)) & 0xffn);
      return out;
    }
    case "addr":
      return constAddr(e.arg);
    case "ptradd": {
      const base = constValue(e.ptr);
      const i = constValue(e.index);
      if (base === undefined || i === undefined) return undefined;
      return truncate(e.sub ? base - i * BigInt(e.scale) : base + i * BigInt(e.scale), e.type);
    }
    case "ptrdiff": {
      const a = constValue(e.left);
      const b = constValue(e.right);
      if (a === undefined || b === undefined || e.scale === 0) return undefined;
      return BigInt.asIntN(64, a - b) / BigInt(e.scale);
    }
    default:
      return undefined;
  }
}

/** The address of an lvalue made of members of a constant pointer (offsetof), else undefined. */
function constAddr(e: Expr): bigint | undefined {
  if (e.kind === "member") {
    const b = constAddr(e.base);
    return b === undefined ? undefined : b + BigInt(e.member.offset);
  }
  if (e.kind === "deref") return constValue(e.arg);
  return undefined;
}

function binop(op: string, a: bigint, b: bigint, e: Extract<Expr, { kind: "binary" }>): bigint | undefined {
  const t = e.left.type;
  const signed = t.kind === "ptr" ? false : intInfo(t).signed;
  const norm = (v: bigint): bigint => truncate(v, t);
  const x = norm(a);
  const y = norm(b);
  const bool = (c: boolean): bigint => (c ? 1n : 0n);
  const bits = BigInt(t.kind === "ptr" ? 64 : intInfo(t).size * 8);
  switch (op) {
    case "+": return truncate(x + y, e.type);
    case "-": return truncate(x - y, e.type);
    case "*": return truncate(x * y, e.type);
    case "/": return y === 0n ? undefined : truncate(x / y, e.type);
    case "%": return y === 0n ? undefined : truncate(x % y, e.type);
    case "<<": return b < 0n || b >= bits ? undefined : truncate(x << b, e.type);
    case ">>": return b < 0n || b >= bits ? undefined : truncate(signed ? x >> b : BigInt.asUintN(Number(bits), x) >> b, e.type);
    case "&": return truncate(x & y, e.type);
    case "|": return truncate(x | y, e.type);
    case "^": return truncate(x ^ y, e.type);
    case "==": return bool(x === y);
    case "!=": return bool(x !== y);
    case "<": return bool(x < y);
    case "<=": return bool(x <= y);
    case ">": return bool(x > y);
    case ">=": return bool(x >= y);
  }
  return undefined;
}
