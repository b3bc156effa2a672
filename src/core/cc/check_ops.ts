// The typing of C's operators: each builder takes checked operands and gives a typed node, with
// the conversions of check_conv.ts inserted and clang's diagnostics for misuse (an error node
// after an error). The parser (parse_expr.ts, parse_postfix.ts) and the builtins call these.

import type { BinaryOp, Expr, Loc } from "./ast.ts";
import { ERR, compatible, isArith, truncate, typeName } from "./check_types.ts";
import { castTo, floatToInt, isNullConstant, promote, rvalue, usualArith } from "./check_conv.ts";
import { constValue } from "./consteval.ts";
import type { Parser } from "./parse_state.ts";
import { spanLoc } from "./token.ts";
import { INT, LONG, isInteger, isScalar, ptrTo, sizeOf, unqualified, type CType } from "./types.ts";

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

export function isLvalue(e: Expr): boolean {
  return e.kind === "var" || e.kind === "deref" || e.kind === "str" || e.kind === "compound" || (e.kind === "member" && isLvalue(e.base));
}

/** Mark the variable under an lvalue as living in memory. */
export function markAddressTaken(e: Expr): void {
  if (e.kind === "var") e.sym.addressTaken = true;
  else if (e.kind === "member") markAddressTaken(e.base);
  else if (e.kind === "compound") e.sym.addressTaken = true;
}

/** Whether e may be assigned to (an lvalue, not an array, not const); reported where not. */
export function checkAssignable(p: Parser, e: Expr, at: Loc): boolean {
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

/** The step of pointer arithmetic on t: the pointee's size (1 for void and functions, as GNU C says). */
export function elemSize(t: CType): number {
  if (t.kind !== "ptr") return 1;
  const s = t.to.kind === "void" || t.to.kind === "func" ? 1 : sizeOf(t.to);
  return s || 1;
}

export function checkDivZero(p: Parser, op: string, right: Expr, loc: Loc): void {
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
