// Conditions compiled straight to conditional jumps: comparisons become one jcc (JMP32 for 32-bit
// operands, signed forms for signed types), && || ! become control flow, and a boolean is only
// materialised (r = 1; if c goto +1; r = 0) where C needs its value.

import type { JccName } from "../../isa/builder.ts";
import type { BinaryOp, Expr } from "../ast.ts";
import { adjacentTest } from "./adjacent.ts";
import { rv } from "./expr.ts";
import { SWAPPED } from "./ir.ts";
import type { Block } from "./ir.ts";
import type { Lowerer } from "./lower.ts";
import { fitImm, immFor, intKind } from "./values.ts";
import type { Val } from "./values.ts";

export const isComparison = (op: BinaryOp): boolean => op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=";

const CC: Record<string, [JccName, JccName]> = {
  "==": ["jeq", "jeq"],
  "!=": ["jne", "jne"],
  "<": ["jlt", "jslt"],
  "<=": ["jle", "jsle"],
  ">": ["jgt", "jsgt"],
  ">=": ["jge", "jsge"],
};

/** Jumps to t when e is true, to f otherwise. */
export function condJump(L: Lowerer, e: Expr, t: Block, f: Block): void {
  if (!L.inCond || !L.linkBools) return L.condition(() => condJump(L, e, t, f));
  L.loc = e.loc;
  switch (e.kind) {
    case "num":
      L.br(e.value !== 0n ? t : f);
      return;
    case "unary":
      if (e.op === "!") return condJump(L, e.arg, f, t);
      break;
    case "logand":
    case "logor":
      if (adjacentTest(L, e, t, f)) return;
      return logical(L, e, t, f);
    case "binary":
      if (isComparison(e.op)) {
        compare(L, e.op, e.left, e.right, t, f);
        return;
      }
      break;
    case "cast": {
      // Widening, same-size and pointer-to-integer conversions keep zero-ness; narrowing does not.
      const a = intKind(e.arg.type), b = intKind(e.type);
      if (e.type.kind === "bool" || (a && b && b.size >= a.size)) return condJump(L, e.arg, t, f);
      break;
    }
    case "comma":
      rv(L, e.left, true);
      return condJump(L, e.right, t, f);
    case "builtin":
      if (e.name === "expect") return condJump(L, e.args[0], t, f);
      break;
  }
  const v = rv(L, e);
  testZero(L, v, e, t, f);
}

/**
 * `a && b`: a jumps to b's block when true, to f when false; `a || b` the other way round. A
 * left-deep chain (`a && b && c && ...`) is walked down in a loop, creating the blocks in the order
 * the recursion did, then each right operand is compiled on the way back up.
 */
function logical(L: Lowerer, e: Extract<Expr, { kind: "logand" | "logor" }>, t: Block, f: Block): void {
  const up: { right: Expr; mid: Block; t: Block; f: Block }[] = [];
  let x: Expr = e;
  while (x.kind === "logand" || x.kind === "logor") {
    L.loc = x.loc;
    const mid = L.block(true);
    up.push({ right: x.right, mid, t, f });
    if (x.kind === "logand") t = mid;
    else f = mid;
    x = x.left;
  }
  condJump(L, x, t, f);
  for (let k = up.length - 1; k >= 0; k--) {
    L.enter(up[k].mid);
    condJump(L, up[k].right, up[k].t, up[k].f);
  }
}

function testZero(L: Lowerer, v: Val, e: Expr, t: Block, f: Block): void {
  if (v.k === "imm") return L.br(v.v !== 0n ? t : f);
  if (v.k === "addr" && v.base === 10) return L.br(t);
  const k = intKind(e.type) ?? { size: 8, signed: false };
  const w = k.size <= 4 && L.cpu >= 3 ? 32 : 64;
  const r = w === 64 && k.size <= 4 ? L.reg(L.widen(v, { size: 4, signed: false }), e.type) : L.reg(v, e.type);
  L.terminate({ k: "cbr", cc: "jne", w, a: r, imm: 0, t, f });
}

/**
 * `unlinked`: compare copies the verifier cannot tie back to the operands' registers. A jump on a
 * register narrows its range on each arm and the kernel carries that to every register and stack
 * slot holding the same value (a variable's home included). Where the comparison only makes a 0/1
 * value, that narrowing buys nothing and splits the variable's range at every such test: in a loop
 * the kernel then sees states that differ in it, and once a later test is decided by the range the
 * variable is precise, so they never prune (2.5x more work per iteration). An ALU op on a copy
 * (`r1 = r7; w1 &= -1`) gets a new id, as clang's zero-extension of a narrow value (`w8 = w2; w8 &= 0xffff`) does.
 * Any register operand needs it: a computed value is linked too (a copy, `x + 1`, a ?: arm's value).
 */
function compare(L: Lowerer, op: BinaryOp, le: Expr, re: Expr, t: Block, f: Block, unlinked = false): void {
  const k = intKind(le.type) ?? { size: 8, signed: false };
  let a = L.operand(() => rv(L, le));
  let b = L.operand(() => rv(L, re));
  L.loc = le.loc;
  let cc = CC[op][k.signed ? 1 : 0];
  if (a.k === "imm" && b.k === "imm") {
    const x = fitImm(a.v, k), y = fitImm(b.v, k);
    const r = op === "==" ? x === y : op === "!=" ? x !== y : op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
    return L.br(r ? t : f);
  }
  if (a.k === "imm") {
    [a, b] = [b, a];
    cc = SWAPPED[cc];
  }
  // An upper bound can decide it: (x & 0xff) <= 255, (r % 100) < 100.
  const decided = byBound(cc, a, b, k.signed);
  if (decided !== undefined) return L.br(decided ? t : f);
  let w: 32 | 64 = k.size <= 4 ? 32 : 64;
  if (w === 32 && L.cpu < 3) {
    // No JMP32 before v3: compare the values extended to 64 bits.
    w = 64;
    a = L.widen(a, { size: 4, signed: k.signed });
    if (b.k !== "imm") b = L.widen(b, { size: 4, signed: k.signed });
    else b = { k: "imm", v: fitImm(b.v, { size: 4, signed: k.signed }) };
  }
  if (L.cpu < 2 && (cc === "jlt" || cc === "jle" || cc === "jslt" || cc === "jsle")) {
    // v1 has no less-than jumps: b > a instead, with b in a register.
    const rb = L.reg(b, re.type);
    return L.terminate({ k: "cbr", cc: SWAPPED[cc], w, a: rb, b: L.reg(a, le.type), t, f });
  }
  const unlink = (r: number): number => {
    // Pointers keep the link: `found = p != 0` is a null check the kernel must see (and no ALU on a maybe-null pointer).
    if (!unlinked || !plainInteger(le) || !plainInteger(re)) return r;
    const c = L.vreg();
    L.emit({ k: "mov", w: 64, d: c, s: r });
    L.emit({ k: "alu", w, op: "and", d: c, imm: -1 });
    return c;
  };
  const ra = unlink(L.reg(a, le.type));
  if (b.k === "imm") {
    const imm = immFor(w === 32 ? fitImm(b.v, { size: 4, signed: k.signed }) : b.v, w);
    if (imm !== undefined) return L.terminate({ k: "cbr", cc, w, a: ra, imm, t, f });
  }
  L.terminate({ k: "cbr", cc, w, a: ra, b: unlink(L.reg(b, re.type)), t, f });
}

/** Whether e is an integer that was never a pointer (`(long)p` is still a pointer to the kernel). */
function plainInteger(e: Expr): boolean {
  for (;;) {
    const k = e.type.kind;
    if (k !== "int" && k !== "bool" && k !== "enum") return false;
    if (e.kind !== "cast") return true;
    e = e.arg;
  }
}

/**
 * The 0/1 value of a condition: r = 1; if (cond) goto join; r = 0.
 * Where nothing will branch on the value (`L.linkBools` false: see tested.ts), a comparison compares
 * unlinked copies of its operands (see compare); where something may (`ok = i < 8; if (ok) v[i]`),
 * the jump is on the operands themselves, so the kernel learns `i < 8` on the arm where ok is 1.
 */
export function boolValue(L: Lowerer, e: Expr): Val {
  const unlinked = !L.linkBools;
  const d = L.vreg();
  const zero = L.block(true), join = L.block();
  L.emit({ k: "mov", w: 32, d, imm: 1 });
  const saved = L.saveBases();
  const c = e.kind === "cast" && e.type.kind === "bool" ? e.arg : e;
  if (c.kind === "binary" && isComparison(c.op)) {
    L.loc = c.loc;
    compare(L, c.op, c.left, c.right, join, zero, unlinked);
  } else condJump(L, c, join, zero);
  // Decided while lowering (constants, bounds): the value is a constant; `d = 1` is dead code then.
  const toJoin = L.predsOf(join).length, toZero = L.predsOf(zero).length;
  if (toZero === 0 || toJoin === 0) {
    const cont = L.block();
    L.br(toZero === 0 ? join : zero);
    L.enter(toZero === 0 ? join : zero);
    L.br(cont);
    L.enter(cont);
    L.restoreBases(saved);
    return { k: "imm", v: toZero === 0 ? 1n : 0n };
  }
  L.enter(zero);
  L.emit({ k: "mov", w: 32, d, imm: 0 });
  L.br(join);
  L.enter(join);
  L.restoreBases(saved);
  return { k: "reg", r: d, hi: "z", max: 1n };
}

/** The outcome of `a cc b` when a's upper bound settles it (a non-negative, b a constant). */
function byBound(cc: JccName, a: Val, b: Val, signed: boolean): boolean | undefined {
  if (a.k !== "reg" || a.max === undefined || b.k !== "imm" || b.v < 0n) return undefined;
  if (signed && a.max > 0x7fffffffn) return undefined;
  const max = a.max, c = b.v;
  switch (cc) {
    case "jlt": case "jslt": return max < c ? true : undefined;
    case "jle": case "jsle": return max <= c ? true : undefined;
    case "jgt": case "jsgt": return max <= c ? false : undefined;
    case "jge": case "jsge": return max < c ? false : undefined;
    case "jeq": return max < c ? false : undefined;
    case "jne": return max < c ? true : undefined;
    default: return undefined;
  }
}
