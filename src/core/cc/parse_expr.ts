// Expressions: precedence climbing over C's operators, casts, unary operators, sizeof and
// _Alignof. Each node is typed as it is built by check_ops.ts; postfix and primary expressions
// are in parse_postfix.ts.

import type { BinaryOp, Expr, Loc } from "./ast.ts";
import { ERR, isArith, typeName } from "./check_types.ts";
import { assignConv, castTo, isNullConstant, promote, rvalue, usualArith } from "./check_conv.ts";
import { addressOf, binary, cast, checkAssignable, checkDivZero, deref, elemSize, errExpr, incdec, num, unary } from "./check_ops.ts";
import { isTypeStart, parseTypeName } from "./parse_decl.ts";
import { parseCompoundLiteral } from "./parse_init.ts";
import { parsePostfix, parsePostfixOps } from "./parse_postfix.ts";
import type { Parser } from "./parse_state.ts";
import { spanLoc } from "./token.ts";
import { LONG, ULONG, VOID, isInteger, isScalar, sizeOf, type CType } from "./types.ts";

export function parseExpr(p: Parser): Expr {
  let e = parseAssign(p);
  while (p.is(",")) {
    p.next();
    const r = parseAssign(p);
    e = { kind: "comma", type: rvalue(r).type, left: e, right: rvalue(r), loc: spanLoc(e.loc, r.loc) };
  }
  return e;
}

const ASSIGN_OPS: Record<string, BinaryOp> = { "+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%", "<<=": "<<", ">>=": ">>", "&=": "&", "|=": "|", "^=": "^" };

export function parseAssign(p: Parser): Expr {
  const left = parseCond(p);
  const t = p.t;
  if (t.kind !== "punct") return left;
  if (t.text === "=") {
    p.next();
    const right = parseAssign(p);
    const loc = p.loc(t);
    if (!checkAssignable(p, left, loc)) return left.type === ERR ? left : errExpr(left.loc);
    const value = assignConv(p, right, left.type, "assign", loc);
    return { kind: "assign", type: left.type, target: left, value, loc: spanLoc(left.loc, right.loc) };
  }
  const op = ASSIGN_OPS[t.text];
  if (!op) return left;
  p.next();
  const right = parseAssign(p);
  const loc = p.loc(t);
  if (!checkAssignable(p, left, loc)) return errExpr(left.loc);
  const whole = spanLoc(left.loc, right.loc);
  const lt = left.type;
  const r = rvalue(right);
  if (r.type === ERR) return r;
  if (lt.kind === "ptr" && (op === "+" || op === "-") && isInteger(r.type)) {
    return { kind: "opassign", op, type: lt, target: left, value: castTo(promote(r), LONG), opType: lt, scale: elemSize(lt), loc: whole };
  }
  if (!isScalar(lt) || !isScalar(r.type) || lt.kind === "ptr" || r.type.kind === "ptr") {
    if (lt.kind === "float" || r.type.kind === "float") p.error(loc, "floating point is not supported by the BPF target");
    else p.error(loc, `invalid operands to binary expression (${typeName(lt)} and ${typeName(r.type)})`);
    return errExpr(whole);
  }
  let value: Expr;
  let opType: CType;
  if (op === "<<" || op === ">>") {
    opType = promote({ ...left }).type;
    value = castTo(promote(r), opType);
  } else {
    const [, y, common] = usualArith(left, r);
    opType = common;
    value = y;
    if ((op === "%" || op === "&" || op === "|" || op === "^") && !isInteger(common)) p.error(loc, "invalid operands to binary expression");
  }
  checkDivZero(p, op, value, loc);
  return { kind: "opassign", op, type: lt, target: left, value, opType, loc: whole };
}

export function parseCond(p: Parser): Expr {
  const c = parseBinary(p, 1);
  if (!p.is("?")) return c;
  const q = p.next();
  const cond = rvalue(c);
  if (cond.type !== ERR && !isScalar(cond.type)) p.error(cond.loc, `used type ${typeName(cond.type)} where arithmetic or pointer type is required`);
  // GNU `a ?: b`: the condition's value is the first result.
  const a = p.is(":") ? cond : parseExpr(p);
  p.expect(":");
  const b = parseCond(p);
  const loc = spanLoc(c.loc, b.loc);
  let x = rvalue(a);
  let y = rvalue(b);
  if (x.type === ERR || y.type === ERR) return errExpr(loc);
  let type: CType;
  if (isArith(x.type) && isArith(y.type)) [x, y, type] = usualArith(x, y);
  else if (x.type.kind === "void" || y.type.kind === "void") type = VOID;
  else if (x.type.kind === "ptr" && y.type.kind === "ptr") {
    type = x.type.to.kind === "void" ? x.type : y.type.to.kind === "void" ? y.type : x.type;
    y = castTo(y, type);
    x = castTo(x, type);
  } else if (x.type.kind === "ptr" && isNullConstant(y)) {
    type = x.type;
    y = castTo(y, type);
  } else if (y.type.kind === "ptr" && isNullConstant(x)) {
    type = y.type;
    x = castTo(x, type);
  } else if ((x.type.kind === "struct" || x.type.kind === "union") && x.type.kind === y.type.kind && (x.type as { def: unknown }).def === (y.type as { def: unknown }).def) type = x.type;
  else if (x.type.kind === "ptr" || y.type.kind === "ptr") {
    p.warn(p.loc(q), `pointer/integer type mismatch in conditional expression (${typeName(x.type)} and ${typeName(y.type)})`);
    type = x.type.kind === "ptr" ? x.type : y.type;
    x = castTo(x, type);
    y = castTo(y, type);
  } else {
    p.error(p.loc(q), `incompatible operand types (${typeName(x.type)} and ${typeName(y.type)})`);
    return errExpr(loc);
  }
  return { kind: "cond", type, cond, then: x, else: y, loc };
}

const PREC: Record<string, number> = {
  "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, "<=": 7, ">": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
};

function parseBinary(p: Parser, min: number): Expr {
  let left = parseCast(p);
  for (;;) {
    const t = p.t;
    if (t.kind !== "punct") return left;
    const prec = PREC[t.text];
    if (prec === undefined || prec < min) return left;
    p.next();
    const right = parseBinary(p, prec + 1);
    left = binary(p, t.text, left, right, p.loc(t));
  }
}

function parseCast(p: Parser): Expr {
  p.deeper();
  try {
    return parseCastInner(p);
  } finally {
    p.depth--;
  }
}

function parseCastInner(p: Parser): Expr {
  if (p.is("(") && isTypeAt(p, 1)) {
    const open = p.next();
    const type = parseTypeName(p);
    p.expect(")");
    if (p.is("{")) return parsePostfixOps(p, parseCompoundLiteral(p, type, p.loc(open)));
    const arg = parseCast(p);
    return cast(p, arg, type, spanLoc(p.loc(open), arg.loc));
  }
  return parseUnary(p);
}

function isTypeAt(p: Parser, k: number): boolean {
  const save = p.pos;
  p.pos += k;
  const r = isTypeStart(p);
  p.pos = save;
  return r;
}

function parseUnary(p: Parser): Expr {
  const t = p.t;
  if (t.kind === "punct") {
    switch (t.text) {
      case "+":
      case "-":
      case "~":
      case "!": {
        p.next();
        const arg = parseCast(p);
        return unary(p, t.text, arg, spanLoc(p.loc(t), arg.loc));
      }
      case "&": {
        p.next();
        const arg = parseCast(p);
        return addressOf(p, arg, spanLoc(p.loc(t), arg.loc));
      }
      case "*": {
        p.next();
        const arg = parseCast(p);
        return deref(p, arg, spanLoc(p.loc(t), arg.loc));
      }
      case "++":
      case "--": {
        p.next();
        const arg = parseUnary(p);
        return incdec(p, arg, t.text === "++", true, spanLoc(p.loc(t), arg.loc));
      }
      case "&&":
        p.next();
        p.next();
        p.error(p.loc(t), "the address of a label is not supported in BPF programs");
        return errExpr(p.loc(t));
    }
  }
  if (t.kind === "ident") {
    if (t.text === "sizeof") return parseSizeof(p, false);
    if (t.text === "_Alignof" || t.text === "__alignof__" || t.text === "__alignof" || t.text === "alignof") return parseSizeof(p, true);
    if (t.text === "__extension__") {
      p.next();
      return parseCast(p);
    }
    if (t.text === "__real__" || t.text === "__imag__") {
      p.next();
      p.error(p.loc(t), "complex numbers are not supported by the BPF target");
      return parseCast(p);
    }
  }
  return parsePostfix(p);
}

function parseSizeof(p: Parser, align: boolean): Expr {
  const kw = p.next();
  let type: CType;
  let end: Loc;
  if (p.is("(") && isTypeAt(p, 1)) {
    p.next();
    type = parseTypeName(p);
    end = p.loc();
    p.expect(")");
    if (p.is("{")) type = parseCompoundLiteral(p, type, end).type;
  } else {
    const e = parseUnary(p);
    type = e.type;
    end = e.loc;
    if (e.kind === "member" && e.member.bitWidth !== undefined) p.error(e.loc, "invalid application of 'sizeof' to bit-field");
  }
  const loc = spanLoc(p.loc(kw), end);
  if (type === ERR) return errExpr(loc);
  if ((type.kind === "struct" || type.kind === "union") && !type.def.complete) {
    p.error(loc, `invalid application of '${align ? kw.text : "sizeof"}' to an incomplete type ${typeName(type)}`);
    return errExpr(loc);
  }
  if (type.kind === "array" && type.len === undefined && !align) {
    p.error(loc, `invalid application of 'sizeof' to an incomplete type ${typeName(type)}`);
    return errExpr(loc);
  }
  let v: number;
  if (align) v = alignOfForSizeof(type);
  else v = type.kind === "void" || type.kind === "func" ? 1 : sizeOf(type);
  return num(BigInt(v), ULONG, loc);
}

function alignOfForSizeof(t: CType): number {
  switch (t.kind) {
    case "struct":
    case "union":
      return t.def.align;
    case "array":
      return alignOfForSizeof(t.of);
    case "ptr":
      return 8;
    case "void":
    case "func":
    case "bool":
      return 1;
    default:
      return Math.min(t.size, 16);
  }
}
