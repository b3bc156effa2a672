// Expressions: C operators on typed AST nodes, folded where both sides are constants, in ALU32
// where the C type is 32 bits or narrower and ALU64 otherwise.

import type { AluName } from "../../isa/builder.ts";
import type { BinaryOp, Expr } from "../ast.ts";
import { INT, LONG, isRecord, sizeOf } from "../types.ts";
import type { CType } from "../types.ts";
import { boolValue, isComparison } from "./cond.ts";
import { lowerBuiltin, lowerCall } from "./call.ts";
import { R10 } from "./ir.ts";
import type { Lowerer } from "./lower.ts";
import { initLocal, lowerStmt } from "./stmt.ts";
import { fitImm, intKind, log2, maxAfter, maxOf, smallNonNeg, widthOf } from "./values.ts";
import type { LVal, Val } from "./values.ts";

const ALU_OF: Partial<Record<BinaryOp, AluName>> = { "+": "add", "-": "sub", "*": "mul", "&": "and", "|": "or", "^": "xor", "<<": "lsh" };
const COMMUTATIVE = new Set<BinaryOp>(["+", "*", "&", "|", "^"]);

/** The value of e; `discard` when only its effects matter. */
export function rv(L: Lowerer, e: Expr, discard = false): Val {
  L.loc = e.loc;
  switch (e.kind) {
    case "num":
      return { k: "imm", v: e.value };
    case "var": {
      const b = L.bound.get(e.sym.id);
      if (b) return b;
      const f = L.boundFuncs.get(e.sym.id);
      if (f) return funcAddr(L, { ...e, kind: "func", sym: f });
      const v = L.load(lvalue(L, e));
      // every write to it is known non-negative and bounded (ranges.ts): no sign extension needed
      const max = L.varMax.get(e.sym.id);
      return v.k === "reg" && max !== undefined && (v.max === undefined || max < v.max) ? { ...v, max } : v;
    }
    case "str":
    case "member":
    case "deref":
    case "compound":
      return L.load(lvalue(L, e));
    case "func":
      return funcAddr(L, e);
    case "unary": {
      if (e.op === "!") return boolValue(L, e);
      const a = rv(L, e.arg);
      const k = intKind(e.type)!;
      if (a.k === "imm") return { k: "imm", v: fitImm(e.op === "-" ? -a.v : ~a.v, k) };
      const w = widthOf(e.type);
      const d = L.copy(a, e.type, w);
      if (e.op === "-") L.emit({ k: "neg", w, d });
      else L.emit({ k: "alu", w, op: "xor", d, imm: -1 });
      return { k: "reg", r: d, hi: w === 32 ? "z" : "?" };
    }
    case "binary": {
      if (isComparison(e.op)) return boolValue(L, e);
      if (e.left.kind !== "binary" || isComparison(e.left.op)) return binary(L, e.op, e.left.type, L.operand(() => rv(L, e.left)), L.operand(() => rv(L, e.right)), e.type);
      // A left-deep chain (`x = 1+1+...+1`, 16k terms compile with clang) is lowered in a loop, in
      // the order the recursion would take, so its depth costs no stack.
      const chain: Extract<Expr, { kind: "binary" }>[] = [e];
      let first: Expr = e.left;
      for (; first.kind === "binary" && !isComparison(first.op); first = first.left) chain.push(first);
      let v = L.operand(() => rv(L, first));
      for (let k = chain.length - 1; k >= 0; k--) {
        const b = chain[k];
        v = binary(L, b.op, b.left.type, v, L.operand(() => rv(L, b.right)), b.type);
      }
      return v;
    }
    case "ptradd": {
      const p = rv(L, e.ptr);
      const i = rv(L, e.index);
      return ptrAdd(L, p, i, e.scale, e.sub, e.index.type);
    }
    case "ptrdiff": {
      const diff = binary(L, "-", LONG, rv(L, e.left), rv(L, e.right), LONG);
      if (e.scale === 1) return diff;
      const sh = log2(e.scale);
      if (diff.k === "imm") return { k: "imm", v: diff.v / BigInt(e.scale) };
      const d = L.copy(diff, LONG);
      if (sh !== undefined) L.emit({ k: "alu", w: 64, op: "arsh", d, imm: sh });
      else L.emit({ k: "alu", w: 64, op: L.cpu >= 4 ? "sdiv" : "div", d, imm: e.scale });
      return { k: "reg", r: d, hi: "?" };
    }
    case "logand":
    case "logor":
      return boolValue(L, e);
    case "cond":
      return conditional(L, e, discard);
    case "comma": {
      // `(a, b, c, ...)` is left-deep too: its left operands in order, as the recursion would.
      const rights: Expr[] = [];
      let first: Expr = e.left;
      for (; first.kind === "comma"; first = first.left) rights.push(first.right);
      rv(L, first, true);
      for (let k = rights.length - 1; k >= 0; k--) rv(L, rights[k], true);
      return rv(L, e.right, discard);
    }
    case "assign": {
      const p = lvalue(L, e.target);
      const v = L.linked(L.storesTested(e.target), () => rv(L, e.value));
      L.loc = e.loc;
      L.store(p, v);
      return p.k === "reg" ? L.load(p) : v;
    }
    case "opassign":
      return opAssign(L, e);
    case "incdec":
      return incDec(L, e, discard);
    case "cast":
      return cast(L, e);
    case "addr":
      return addrOf(L, e.arg);
    case "call":
      return lowerCall(L, e, discard);
    case "builtin":
      return lowerBuiltin(L, e, discard);
    case "stmtexpr": {
      const mark = L.frame.mark();
      for (const s of e.body) lowerStmt(L, s);
      const v = e.result ? rv(L, e.result, discard) : { k: "imm" as const, v: 0n };
      if (v.k !== "agg") L.frame.release(mark); // an aggregate result still needs its bytes
      return v;
    }
  }
}

/** The place an lvalue expression designates. */
export function lvalue(L: Lowerer, e: Expr): LVal {
  L.loc = e.loc;
  switch (e.kind) {
    case "var":
      return L.varPlace(e.sym, e.type);
    case "str": {
      const g = L.u.globals.string(e.bytes);
      const d = L.vreg();
      L.emit({ k: "ldmap", d, map: g.map, value: true, off: g.off, symbol: ".rodata" });
      return { k: "mem", base: d, off: 0, type: e.type };
    }
    case "deref": {
      const p = rv(L, e.arg);
      if (p.k === "addr") return { k: "mem", base: p.base, off: p.off, type: e.type };
      return { k: "mem", base: L.reg(p, e.arg.type), off: 0, type: e.type };
    }
    case "member": {
      const b = lvalue(L, e.base);
      if (b.k !== "mem") return L.fail("unsupported", "member of a value in a register");
      const m = e.member;
      const rec = e.base.type;
      const packed = (rec.kind === "struct" || rec.kind === "union") && rec.def.packed;
      const align = packed || b.align !== undefined ? Math.min(b.align ?? 1, m.offset === 0 ? 8 : m.offset & -m.offset) : undefined;
      return { k: "mem", base: b.base, off: b.off + m.offset, type: e.type, bitOffset: m.bitWidth !== undefined ? m.bitOffset ?? 0 : undefined, bitWidth: m.bitWidth, align };
    }
    case "compound": {
      const h = L.declare(e.sym);
      initLocal(L, e.sym, h, e.init);
      return L.varPlace(e.sym, e.type);
    }
    case "comma":
      rv(L, e.left, true);
      return lvalue(L, e.right);
    default: {
      const v = rv(L, e);
      if (v.k === "agg") return { k: "mem", base: v.base, off: v.off, type: e.type };
      return L.fail("unsupported", "expression is not assignable");
    }
  }
}

/** &e: a pointer value, kept as base + offset so that later dereferences fold the offset. */
export function addrOf(L: Lowerer, e: Expr): Val {
  if (e.kind === "var" && (e.sym.storage === "global" || e.sym.storage === "extern")) {
    const g = L.u.globals.lookup(e.sym) ?? L.fail("unsupported", `global '${e.sym.name}' cannot be used here`);
    if (g.value) return { k: "addr", base: L.globalBase(e.sym, g.map, g.off), off: 0 };
    const d = L.vreg();
    L.emit({ k: "ldmap", d, map: g.map, value: false, off: 0, symbol: e.sym.name });
    return { k: "reg", r: d, hi: "?" };
  }
  if (e.kind === "func") return funcAddr(L, e);
  const p = lvalue(L, e);
  if (p.k === "reg") return L.fail("unsupported", "address of a register variable");
  if (p.bitWidth !== undefined) return L.fail("unsupported", "address of a bitfield");
  return { k: "addr", base: p.base, off: p.off };
}

function funcAddr(L: Lowerer, e: Expr & { kind: "func" }): Val {
  if (!L.callbackArg) L.fail("func-address", `taking the address of function '${e.sym.name}' is only supported as a callback argument`, e.loc);
  const d = L.vreg();
  L.emit({ k: "ldfunc", d, func: e.sym });
  L.calls.push({ callee: e.sym, loc: e.loc, callback: true });
  return { k: "reg", r: d, hi: "?" };
}

export function ptrAdd(L: Lowerer, p: Val, i: Val, scale: number, sub: boolean, itype: CType): Val {
  if (i.k === "imm") {
    const delta = Number(BigInt.asIntN(64, i.v)) * scale * (sub ? -1 : 1);
    if (delta === 0) return p;
    if (p.k === "addr") return { k: "addr", base: p.base, off: p.off + delta };
    if (p.k === "reg") return { k: "addr", base: p.r, off: delta };
    if (p.k === "imm") return { k: "imm", v: BigInt.asUintN(64, p.v + BigInt(delta)) };
  }
  const sum = (): Val => {
    let idx: Val = i;
    if (scale !== 1) idx = binary(L, "*", LONG, i, { k: "imm", v: BigInt(scale) }, LONG);
    const d = L.copy(p, itype);
    L.aluWith(sub ? "sub" : "add", 64, d, idx, LONG);
    return { k: "reg", r: d, hi: "?" };
  };
  // The same sum twice in a block is one register (a packet pointer checked, then read: BlockBuilder.pure in blocks.ts).
  if (i.k === "reg" && (p.k === "reg" || p.k === "addr")) {
    const base = p.k === "reg" ? p.r : p.base, off = p.k === "reg" ? 0 : p.off;
    return L.pure(`+${base}:${off}:${i.r}:${scale}:${sub}`, [base, i.r], sum);
  }
  return sum();
}

/** left op right in type t (the operands' common type), folded when both are constants. */
export function binary(L: Lowerer, op: BinaryOp, t: CType, a: Val, b: Val, rt: CType): Val {
  const k = intKind(t) ?? { size: 8, signed: false };
  const w = k.size <= 4 ? 32 : 64;
  if (a.k === "imm" && b.k === "imm") {
    const v = fold(op, a.v, b.v, k, w);
    if (v !== undefined) return { k: "imm", v: fitImm(v, intKind(rt) ?? k) };
  }
  if (b.k === "imm" && b.v === 0n && (op === "+" || op === "-" || op === "|" || op === "^" || op === "<<" || op === ">>")) return a;
  if (b.k === "imm" && b.v === 1n && (op === "*" || op === "/")) return a;
  if (a.k === "imm" && COMMUTATIVE.has(op)) [a, b] = [b, a];
  let alu: AluName | undefined = ALU_OF[op];
  if (op === "/") alu = k.signed ? "sdiv" : "div";
  else if (op === "%") alu = k.signed ? "smod" : "mod";
  else if (op === ">>") alu = k.signed ? "arsh" : "rsh";
  if (!alu) return L.fail("unsupported", `operator ${op}`);
  // Both sides known non-negative (promoted unsigned chars, masked values): signed and unsigned agree.
  if ((alu === "sdiv" || alu === "smod" || alu === "arsh") && smallNonNeg(a) && (alu === "arsh" || smallNonNeg(b) || (b.k === "imm" && b.v > 0n && b.v <= 0x7fffffffn))) {
    alu = alu === "sdiv" ? "div" : alu === "smod" ? "mod" : "rsh";
  }
  if ((alu === "sdiv" || alu === "smod") && L.cpu < 4) {
    // By a power of two, as LLVM expands it: bias negative values by 2^k - 1, then shift (or mask).
    const sh = b.k === "imm" && b.v > 1n ? log2(Number(b.v)) : undefined;
    if (sh !== undefined && b.k === "imm" && b.v <= 0x40000000n) return signedPow2(L, alu === "sdiv", a, sh, t, w);
    return L.fail("unsupported", "unsupported signed division, please convert to unsigned div/mod.");
  }
  if (alu === "mul" && b.k === "imm") {
    const sh = log2(Number(b.v));
    if (sh !== undefined && b.v <= 0x40000000n) {
      alu = "lsh";
      b = { k: "imm", v: BigInt(sh) };
    }
  }
  if (alu === "div" && b.k === "imm") {
    const sh = log2(Number(b.v));
    if (sh !== undefined && b.v <= 0x40000000n) {
      alu = "rsh";
      b = { k: "imm", v: BigInt(sh) };
    }
  }
  if (alu === "mod" && b.k === "imm") {
    const sh = log2(Number(b.v));
    if (sh !== undefined && b.v <= 0x40000000n) {
      alu = "and";
      b = { k: "imm", v: b.v - 1n };
    }
  }
  const d = L.copy(a, t, w);
  L.aluWith(alu, w, d, b, t);
  // Track an upper bound (only for operations that read both sides as unsigned or non-negative).
  const signedOp = alu === "sdiv" || alu === "smod" || alu === "arsh";
  const max = signedOp ? undefined : maxAfter(alu, maxOf(a), maxOf(b), w, b.k === "imm");
  return { k: "reg", r: d, hi: w === 32 ? "z" : "?", max };
}

function fold(op: BinaryOp, a: bigint, b: bigint, k: { size: number; signed: boolean }, w: 32 | 64): bigint | undefined {
  const bits = w;
  const norm = (v: bigint) => (k.signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
  a = norm(a);
  b = norm(b);
  switch (op) {
    case "+": return norm(a + b);
    case "-": return norm(a - b);
    case "*": return norm(a * b);
    case "/": return b === 0n ? undefined : norm(a / b);
    case "%": return b === 0n ? undefined : norm(a % b);
    case "&": return norm(a & b);
    case "|": return norm(a | b);
    case "^": return norm(a ^ b);
    case "<<": return norm(a << (BigInt.asUintN(64, b) & BigInt(bits - 1)));
    case ">>": return norm(a >> (BigInt.asUintN(64, b) & BigInt(bits - 1)));
    default: return undefined;
  }
}

function cast(L: Lowerer, e: Expr & { kind: "cast" }): Val {
  const to = e.type;
  if (to.kind === "void") {
    rv(L, e.arg, true);
    return { k: "imm", v: 0n };
  }
  if (to.kind === "bool") return boolValue(L, e);
  if (to.kind === "ptr" && e.arg.kind === "func") return funcAddr(L, e.arg);
  if (to.kind === "ptr" && e.arg.type.kind === "array") return rv(L, e.arg);
  const a = rv(L, e.arg);
  if (a.k === "addr" && intKind(to)?.size === 8) return a;
  return L.convert(a, e.arg.type, to);
}

function conditional(L: Lowerer, e: Expr & { kind: "cond" }, discard: boolean): Val {
  // A constant condition (`__builtin_constant_p(x) ? ... : ...` in bpf_htons) picks its arm now.
  let c = e.cond;
  while (c.kind === "cast") c = c.arg;
  if (c.kind === "num") return rv(L, c.value !== 0n ? e.then : e.else, discard);
  const thenB = L.block(true), elseB = L.block(true), join = L.block();
  const saved = L.saveBases();
  condJump(L, e.cond, thenB, elseB);
  const isVoid = e.type.kind === "void" || discard;
  const agg = isRecord(e.type);
  const d = isVoid ? undefined : L.vreg();
  for (const [b, arm] of [[thenB, e.then], [elseB, e.else]] as const) {
    L.enter(b);
    const v = rv(L, arm, isVoid);
    if (d !== undefined) {
      if (agg) {
        if (v.k !== "agg") L.fail("unsupported", "conditional aggregate");
        L.assignReg(d, { k: "addr", base: v.base, off: v.off }, LONG);
      } else L.assignReg(d, v, e.type);
    }
    L.br(join);
  }
  L.enter(join);
  L.restoreBases(saved);
  if (d === undefined) return { k: "imm", v: 0n };
  return agg ? { k: "agg", base: d, off: 0 } : { k: "reg", r: d, hi: "z" };
}

function opAssign(L: Lowerer, e: Expr & { kind: "opassign" }): Val {
  const p = lvalue(L, e.target);
  const old = L.load(p);
  const value = L.linked(L.storesTested(e.target), () => rv(L, e.value));
  L.loc = e.loc;
  let res: Val;
  if (e.scale !== undefined) res = ptrAdd(L, old, value, e.scale, e.op === "-", e.value.type);
  else {
    const a = L.convert(old, e.target.type, e.opType);
    // In place for a register variable when no conversion intervenes: `i += 4` is one instruction.
    if (p.k === "reg" && a === old && sameWidth(e.target.type, e.opType) && inPlaceOk(e.op, e.opType, value, L)) {
      const w = widthOf(e.opType);
      const op = ALU_OF[e.op] ?? (e.op === "/" ? (intKind(e.opType)!.signed ? "sdiv" : "div") : e.op === "%" ? (intKind(e.opType)!.signed ? "smod" : "mod") : intKind(e.opType)!.signed ? "arsh" : "rsh");
      L.clobber(p.v);
      L.aluWith(op, w, p.v, value, e.opType);
      return L.load(p);
    }
    res = binary(L, e.op, e.opType, a, value, e.opType);
  }
  res = L.convert(res, e.scale !== undefined ? e.target.type : e.opType, e.target.type);
  L.store(p, res);
  return p.k === "reg" ? L.load(p) : res;
}

function sameWidth(a: CType, b: CType): boolean {
  const x = intKind(a), y = intKind(b);
  return !!x && !!y && x.size === y.size && (x.size === 4 || x.size === 8);
}

function inPlaceOk(op: BinaryOp, t: CType, v: Val, L: Lowerer): boolean {
  if ((op === "/" || op === "%") && intKind(t)!.signed && L.cpu < 4) return false;
  return op !== "==" && v.k !== "agg";
}

function incDec(L: Lowerer, e: Expr & { kind: "incdec" }, discard: boolean): Val {
  const p = lvalue(L, e.target);
  const t = e.target.type;
  const k = intKind(t)!;
  const w = k.size <= 4 ? 32 : 64;
  if (p.k === "reg" && (k.size === 4 || k.size === 8)) {
    let old: Val | undefined;
    if (!e.prefix && !discard) {
      old = { k: "reg", r: L.vreg(), hi: "z" };
      L.emit({ k: "mov", w: 64, d: old.r, s: p.v });
    }
    L.clobber(p.v);
    L.emit({ k: "alu", w, op: "add", d: p.v, imm: e.delta });
    return old ?? L.load(p);
  }
  const old = L.load(p);
  let nv: Val;
  if (t.kind === "ptr") nv = ptrAdd(L, old, { k: "imm", v: BigInt(e.delta) }, 1, false, LONG);
  else {
    const opT = k.size <= 4 ? (k.size === 4 ? t : INT) : t;
    nv = L.convert(binary(L, "+", opT, L.convert(old, t, opT), { k: "imm", v: BigInt(e.delta) }, opT), opT, t);
  }
  if (!e.prefix && !discard && old.k === "reg" && p.k === "reg") {
    const keep = L.vreg();
    L.emit({ k: "mov", w: 64, d: keep, s: old.r });
    L.store(p, nv);
    return { k: "reg", r: keep, hi: old.hi };
  }
  L.store(p, nv);
  return e.prefix ? nv : old;
}

export function condJump(L: Lowerer, e: Expr, t: import("./ir.ts").Block, f: import("./ir.ts").Block): void {
  // imported lazily through cond.ts to keep the cycle one-way at load time
  condJumpImpl(L, e, t, f);
}

import { condJump as condJumpImpl } from "./cond.ts";
export { R10, sizeOf };

/** x / 2^k or x % 2^k for signed x without sdiv: q = (x + ((x s>> (w-1)) >> (w-k))) s>> k. */
function signedPow2(L: Lowerer, div: boolean, a: Val, k: number, t: CType, w: 32 | 64): Val {
  const x = L.reg(a, t);
  const bias = L.copy({ k: "reg", r: x, hi: "?" }, t);
  if (k > 1) L.emit({ k: "alu", w, op: "arsh", d: bias, imm: w - 1 });
  L.emit({ k: "alu", w, op: "rsh", d: bias, imm: w - k });
  L.emit({ k: "alu", w, op: "add", d: bias, s: x });
  if (div) {
    L.emit({ k: "alu", w, op: "arsh", d: bias, imm: k });
    return { k: "reg", r: bias, hi: w === 32 ? "z" : "?" };
  }
  L.emit({ k: "alu", w, op: "and", d: bias, imm: -(1 << k) });
  const r = L.copy({ k: "reg", r: x, hi: "?" }, t);
  L.emit({ k: "alu", w, op: "sub", d: r, s: bias });
  return { k: "reg", r, hi: w === 32 ? "z" : "?" };
}
