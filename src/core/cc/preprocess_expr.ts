// `#if` expressions (C17 6.10.1): integer arithmetic in intmax_t / uintmax_t (64 bits), after
// `defined` and the __has_* operators were replaced and macros expanded.

import type { Token } from "./token.ts";
import { charValue, parseNumber } from "./literal.ts";

interface Val {
  v: bigint; // normalised to the 64-bit range of its signedness
  u: boolean;
}

const norm = (v: bigint, u: boolean): Val => ({ v: u ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), u });

export class PPExprError {
  constructor(readonly message: string, readonly at: Token) {}
}

const BINARY: Record<string, number> = {
  "*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8, "<": 7, "<=": 7, ">": 7, ">=": 7,
  "==": 6, "!=": 6, "&": 5, "^": 4, "|": 3, "&&": 2, "||": 1,
};

/** Evaluate; throws PPExprError (caught by the directive handler and reported there). */
export function evalPPExpr(toks: readonly Token[], end: Token): bigint {
  let i = 0;
  // Inside the operand that && || ?: do not evaluate, division by zero is no error (as in C).
  let dead = 0;
  const peek = (): Token | undefined => toks[i];
  const fail = (message: string, at: Token | undefined = peek()): never => {
    throw new PPExprError(message, at ?? end);
  };

  let depth = 0;
  const primary = (): Val => {
    if (++depth > 256) fail("bracket nesting level exceeded maximum of 256");
    try {
      return primaryInner();
    } finally {
      depth--;
    }
  };
  const primaryInner = (): Val => {
    const t = toks[i++];
    if (!t) return fail("expected value in expression", end);
    if (t.kind === "num") {
      const n = parseNumber(t.text);
      if (n.kind === "float") return fail("floating point literal in preprocessor expression", t);
      if (n.kind === "error") return fail(n.message, t);
      return norm(n.value, n.type.kind === "int" && !n.type.signed);
    }
    if (t.kind === "char") return norm(charValue(t.text).value, false);
    if (t.kind === "ident") return { v: 0n, u: false };
    if (t.kind === "punct") {
      switch (t.text) {
        case "(": {
          const v = cond();
          if (peek()?.text !== ")") fail("expected ')' in preprocessor expression");
          i++;
          return v;
        }
        case "+": return primary();
        case "-": { const a = primary(); return norm(-a.v, a.u); }
        case "~": { const a = primary(); return norm(~a.v, a.u); }
        case "!": { const a = primary(); return { v: a.v === 0n ? 1n : 0n, u: false }; }
      }
    }
    return fail(i === 1 ? "invalid token at start of a preprocessor expression" : "expected value in expression", t);
  };

  const binary = (minPrec: number): Val => {
    let left = primary();
    for (;;) {
      const op = peek();
      if (!op || op.kind !== "punct") break;
      const prec = BINARY[op.text];
      if (prec === undefined || prec < minPrec) break;
      i++;
      const skip = (op.text === "&&" && left.v === 0n) || (op.text === "||" && left.v !== 0n);
      if (skip) dead++;
      const right = binary(prec + 1);
      if (skip) dead--;
      left = apply(op, left, right, dead > 0);
    }
    return left;
  };

  const cond = (): Val => {
    const c = binary(1);
    if (peek()?.text !== "?") return c;
    i++;
    if (c.v === 0n) dead++;
    const a = cond();
    if (c.v === 0n) dead--;
    if (peek()?.text !== ":") fail("expected ':' in preprocessor expression");
    i++;
    if (c.v !== 0n) dead++;
    const b = cond();
    if (c.v !== 0n) dead--;
    const u = a.u || b.u;
    return c.v !== 0n ? norm(a.v, u) : norm(b.v, u);
  };

  const result = cond();
  if (i < toks.length) fail("token is not a valid binary operator in a preprocessor subexpression", toks[i]);
  return result.v;
}

function apply(op: Token, a: Val, b: Val, dead: boolean): Val {
  const u = a.u || b.u;
  const x = norm(a.v, u).v;
  const y = norm(b.v, u).v;
  const bool = (c: boolean): Val => ({ v: c ? 1n : 0n, u: false });
  switch (op.text) {
    case "*": return norm(x * y, u);
    case "/":
    case "%":
      if (y === 0n && dead) return { v: 0n, u };
      if (y === 0n) throw new PPExprError(`${op.text === "/" ? "division" : "remainder"} by zero in preprocessor expression`, op);
      return norm(op.text === "/" ? x / y : x % y, u);
    case "+": return norm(x + y, u);
    case "-": return norm(x - y, u);
    case "<<": return norm(a.v << (b.v & 63n), a.u);
    case ">>": return norm(a.v >> (b.v & 63n), a.u);
    case "<": return bool(x < y);
    case "<=": return bool(x <= y);
    case ">": return bool(x > y);
    case ">=": return bool(x >= y);
    case "==": return bool(x === y);
    case "!=": return bool(x !== y);
    case "&": return norm(x & y, u);
    case "^": return norm(x ^ y, u);
    case "|": return norm(x | y, u);
    case "&&": return bool(a.v !== 0n && b.v !== 0n);
    case "||": return bool(a.v !== 0n || b.v !== 0n);
  }
  throw new PPExprError("token is not a valid binary operator in a preprocessor subexpression", op);
}
