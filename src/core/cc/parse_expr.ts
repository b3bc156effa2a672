// Expressions: precedence climbing over C's operators, each node typed as it is built, with the
// conversions of check_conv.ts inserted and clang's diagnostics for misuse. Postfix and primary
// expressions are in parse_postfix.ts.

import type { BinaryOp, Expr, Loc } from "./ast.ts";
import { ERR, compatible, isArith, truncate, typeName } from "./check_types.ts";
import { assignConv, castTo, floatToInt, isNullConstant, promote, rvalue, usualArith } from "./check_conv.ts";
import { constValue } from "./consteval.ts";
import { isTypeStart, parseTypeName } from "./parse_decl.ts";
import { parseCompoundLiteral } from "./parse_init.ts";
import { parsePostfix, parsePostfixOps } from "./parse_postfix.ts";
import type { Parser } from "./parse_state.ts";
import { spanLoc } from "./token.ts";
import { INT, LONG, ULONG, VOID, isInteger, isScalar, ptrTo, sizeOf, unqualified, type CType } from "./types.ts";


export const errExpr = (loc: Loc): Expr => ({ kind: "num", type: ERR, value: 0n, loc });
export const num = (value: bigint, type: CType, loc: Loc): Expr => ({ kind: "num", type, value, loc });

/** The value of an integer constant expression, or undefined (reported when `what` is given). */
export function constInt(p: Parser, e: Expr, what: string | undefined): bigint | undefined {
  if (e.type === ERR) return undefined;
  const v = isInteger(e.type) || e.type.kind === "bool" ? constValue(e) : undefined;
  if (v === undefined && what !== undefined) {
    if (!isInteger(e.type)) p.error(e.loc, `integer constant expression must have integer type, not ${typeName(e.type)}`);
    else p.error(e.loc, "expression is not an integer constant expression");
  }
  return v;
}

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

export function isLvalue(e: Expr): boolean {
  return e.kind === "var" || e.kind === "deref" || e.kind === "str" || e.kind === "compound" || (e.kind === "member" && isLvalue(e.base));
}

/** Mark the variable under an lvalue as living in memory. */
export function markAddressTaken(e: Expr): void {
  if (e.kind === "var") e.sym.addressTaken = true;
  else if (e.kind === "member") markAddressTaken(e.base);
  else if (e.kind === "compound") e.sym.addressTaken = true;
}

function checkAssignable(p: Parser, e: Expr, at: Loc): boolean {
  if (e.type === ERR) return false;
  if (!isLvalue(e) || e.type.kind === "array" || e.type.kind === "func") {
    p.error(at, e.type.kind === "array" ? `array type ${typeName(e.type)} is not assignable` : "expression is not assignable");
    return false;
  }
  if (e.type.const) {
    if (e.kind === "var") p.error(at, `cannot assign to variable '${e.sym.name}' with const-qualified type ${typeName(e.type)}`);
    else p.error(at, "read-only variable is not assignable");
    return false;
  }
  return true;
}

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

function elemSize(t: CType): number {
  if (t.kind !== "ptr") return 1;
  const s = t.to.kind === "void" || t.to.kind === "func" ? 1 : sizeOf(t.to);
  return s || 1;
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

function checkDivZero(p: Parser, op: string, right: Expr, loc: Loc): void {
  if ((op === "/" || op === "%") && isInteger(right.type) && constValue(right) === 0n)
    p.warn(loc, `${op === "/" ? "division" : "remainder"} by zero is undefined`);
}

/** A binary operator applied to checked operands (also used by builtins and compound assignment). */
export function binary(p: Parser, op: string, l: Expr, r: Expr, opLoc: Loc): Expr {
  const loc = spanLoc(l.loc, r.loc);
  if (op === "&&" || op === "||") {
    const a = rvalue(l);
    const b = rvalue(r);
    for (const x of [a, b]) if (x.type !== ERR && !isScalar(x.type)) p.error(x.loc, `invalid operands to binary expression (${typeName(a.type)} and ${typeName(b.type)})`);
    return { kind: op === "&&" ? "logand" : "logor", type: INT, left: a, right: b, loc };
  }
  let a = rvalue(l);
  let b = rvalue(r);
  if (a.type === ERR || b.type === ERR) return errExpr(loc);
  if (a.type.kind === "float" || b.type.kind === "float") {
    p.error(opLoc, "floating point is not supported by the BPF target");
    return errExpr(loc);
  }
  const bad = (): Expr => {
    p.error(opLoc, `invalid operands to binary expression (${typeName(a.type)} and ${typeName(b.type)})`);
    return errExpr(loc);
  };
  const ap = a.type.kind === "ptr";
  const bp = b.type.kind === "ptr";
  if (op === "+" || op === "-") {
    if (ap && isInteger(b.type)) return ptrAdd(p, a, b, op === "-", loc, opLoc);
    if (bp && isInteger(a.type) && op === "+") return ptrAdd(p, b, a, false, loc, opLoc);
    if (ap && bp && op === "-") {
      const at = a.type as Extract<CType, { kind: "ptr" }>;
      const bt = b.type as Extract<CType, { kind: "ptr" }>;
      if (sizeOf(at.to) !== sizeOf(bt.to) && at.to.kind !== "void") return bad();
      return { kind: "ptrdiff", type: LONG, left: a, right: b, scale: elemSize(at), loc };
    }
  }
  if (op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
    if (ap || bp) {
      const ordered = op !== "==" && op !== "!=" ? "ordered " : "";
      if (ap && bp) {
        const x = (a.type as Extract<CType, { kind: "ptr" }>).to;
        const y = (b.type as Extract<CType, { kind: "ptr" }>).to;
        if (x.kind !== "void" && y.kind !== "void" && !compatible(unqualified(x), unqualified(y)))
          p.warn(opLoc, `comparison of distinct pointer types (${typeName(a.type)} and ${typeName(b.type)})`, "cc-warning", "compare-distinct-pointer-types");
        b = castTo(b, a.type);
      } else if (ap && isInteger(b.type)) {
        if (!isNullConstant(b)) p.warn(opLoc, `${ordered}comparison between pointer and integer (${typeName(a.type)} and ${typeName(b.type)})`);
        b = castTo(b, a.type);
      } else if (bp && isInteger(a.type)) {
        if (!isNullConstant(a)) p.warn(opLoc, `${ordered}comparison between pointer and integer (${typeName(a.type)} and ${typeName(b.type)})`);
        a = castTo(a, b.type);
      } else return bad();
      return { kind: "binary", op, type: INT, left: a, right: b, loc };
    }
    if (!isArith(a.type) || !isArith(b.type)) return bad();
    const [x, y] = usualArith(a, b);
    return { kind: "binary", op, type: INT, left: x, right: y, loc };
  }
  if (!isInteger(a.type) && a.type.kind !== "bool") return bad();
  if (!isInteger(b.type) && b.type.kind !== "bool") return bad();
  if (op === "<<" || op === ">>") {
    const x = promote(a);
    const y = castTo(promote(b), x.type);
    const count = constValue(y);
    const width = BigInt(sizeOf(x.type) * 8);
    if (count !== undefined && (count < 0n || count >= width) && x.type !== ERR)
      p.warn(opLoc, count < 0n ? "shift count is negative" : "shift count >= width of type");
    return { kind: "binary", op, type: x.type, left: x, right: y, loc };
  }
  const [x, y, t] = usualArith(a, b);
  checkDivZero(p, op, y, opLoc);
  return { kind: "binary", op: op as BinaryOp, type: t, left: x, right: y, loc };
}

export function ptrAdd(p: Parser, ptr: Expr, idx: Expr, sub: boolean, loc: Loc, opLoc: Loc): Expr {
  const t = ptr.type as Extract<CType, { kind: "ptr" }>;
  if ((t.to.kind === "struct" || t.to.kind === "union") && !t.to.def.complete) {
    p.error(opLoc, `arithmetic on a pointer to an incomplete type ${typeName(t.to)}`);
    return errExpr(loc);
  }
  return { kind: "ptradd", type: ptr.type, ptr, index: castTo(promote(idx), LONG), scale: elemSize(t), sub, loc };
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

/** An explicit cast. */
export function cast(p: Parser, arg: Expr, type: CType, loc: Loc): Expr {
  const folded = floatToInt(p, arg, unqualified(type));
  if (folded) return folded;
  const e = rvalue(arg);
  if (e.type === ERR) return e;
  if (type.kind === "void") return { kind: "cast", type, arg: e, loc };
  if (type.kind === "float" || e.type.kind === "float") {
    p.error(loc, "floating point is not supported by the BPF target");
    return errExpr(loc);
  }
  if (!isScalar(type)) {
    p.error(loc, `used type ${typeName(type)} where arithmetic or pointer type is required`);
    return errExpr(loc);
  }
  if (!isScalar(e.type)) {
    p.error(loc, `operand of type ${typeName(e.type)} where arithmetic or pointer type is required`);
    return errExpr(loc);
  }
  const c = castTo(e, type, loc);
  return c === e && e.type !== type ? { ...e, type } : c.kind === "num" ? { ...c, loc } : c;
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

export function unary(p: Parser, op: string, arg: Expr, loc: Loc): Expr {
  const e = rvalue(arg);
  if (e.type === ERR) return e;
  if (e.type.kind === "float") {
    p.error(loc, "floating point is not supported by the BPF target");
    return errExpr(loc);
  }
  if (op === "!") {
    if (!isScalar(e.type)) {
      p.error(loc, `invalid argument type ${typeName(e.type)} to unary expression`);
      return errExpr(loc);
    }
    return { kind: "unary", op: "!", type: INT, arg: e, loc };
  }
  if (!isInteger(e.type) && e.type.kind !== "bool") {
    p.error(loc, `invalid argument type ${typeName(e.type)} to unary expression`);
    return errExpr(loc);
  }
  const x = promote(e);
  if (op === "+") return x;
  if (x.kind === "num") return num(truncate(op === "-" ? -x.value : ~x.value, x.type), x.type, loc);
  return { kind: "unary", op: op as "-" | "~", type: x.type, arg: x, loc };
}

export function addressOf(p: Parser, arg: Expr, loc: Loc): Expr {
  if (arg.type === ERR) return arg;
  if (arg.kind === "func") {
    p.use(arg.sym);
    return { kind: "addr", type: ptrTo(arg.type), arg, loc };
  }
  if (arg.kind === "member" && arg.member.bitWidth !== undefined) {
    p.error(loc, "address of bit-field requested");
    return errExpr(loc);
  }
  if (!isLvalue(arg)) {
    p.error(loc, `cannot take the address of an rvalue of type ${typeName(arg.type)}`);
    return errExpr(loc);
  }
  // &*p is p, as C says (no access happens).
  if (arg.kind === "deref") return { ...arg.arg, type: ptrTo(arg.type), loc };
  markAddressTaken(arg);
  return { kind: "addr", type: ptrTo(arg.type), arg, loc };
}

export function deref(p: Parser, arg: Expr, loc: Loc): Expr {
  const e = rvalue(arg);
  if (e.type === ERR) return e;
  if (e.type.kind !== "ptr") {
    p.error(loc, `indirection requires pointer operand (${typeName(e.type)} invalid)`);
    return errExpr(loc);
  }
  return { kind: "deref", type: e.type.to, arg: e, loc };
}

export function incdec(p: Parser, target: Expr, inc: boolean, prefix: boolean, loc: Loc): Expr {
  if (!checkAssignable(p, target, loc)) return errExpr(loc);
  const t = target.type;
  if (t.kind === "ptr") return { kind: "incdec", type: t, target, delta: (inc ? 1 : -1) * elemSize(t), prefix, loc };
  if (!isInteger(t) && t.kind !== "bool") {
    p.error(loc, t.kind === "float" ? "floating point is not supported by the BPF target" : `cannot ${inc ? "increment" : "decrement"} value of type ${typeName(t)}`);
    return errExpr(loc);
  }
  return { kind: "incdec", type: t, target, delta: inc ? 1 : -1, prefix, loc };
}
