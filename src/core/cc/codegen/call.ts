// Calls: helpers (`call imm`), bpf-to-bpf calls (`call pc+off`, fixed up when linking), inlined
// bodies (always_inline, and small functions as clang -O2 inlines them), and the builtins.

import type { AtomicName } from "../../isa/builder.ts";
import type { Expr, FuncSym, Stmt } from "../ast.ts";
import { LONG, alignOf, isRecord, sizeOf } from "../types.ts";
import type { CType } from "../types.ts";
import { addrOf, lvalue, rv } from "./expr.ts";
import type { Block, Insn, VReg } from "./ir.ts";
import { R0, R10 } from "./ir.ts";
import type { Lowerer } from "./lower.ts";
import { lowerStmt } from "./stmt.ts";
import { walkStmt } from "./callgraph.ts";
import { localBoundsOf } from "./ranges.ts";
import { testedVarsOf } from "./tested.ts";
import { intKind } from "./values.ts";
import { memLibcall } from "../builtin_names.ts";
import type { Val } from "./values.ts";

export function lowerCall(L: Lowerer, e: Expr & { kind: "call" }, discard: boolean): Val {
  const c = e.callee;
  if (c.kind === "kfunc") return L.fail("unsupported", `kfunc '${c.name}' calls need BTF, which bpfplay does not emit`);
  if (c.kind === "indirect") {
    // Through an inlined function's parameter that was given a function: after inlining the
    // callee is known, and clang calls it directly.
    const f = knownFunc(L, c.fn);
    if (!f) return L.fail("unsupported", "indirect calls are not supported by the BPF target");
    const kfunc = f.section === ".ksyms" && !f.body;
    return lowerCall(L, { ...e, callee: kfunc ? { kind: "kfunc", name: f.name } : { kind: "func", sym: f } }, discard);
  }
  if (c.kind === "func" && !c.sym.body && LD_ABS[c.sym.name]) return ldAbs(L, LD_ABS[c.sym.name], e);
  if (c.kind === "func" && L.u.inlined(c.sym)) return inline(L, c.sym, e, discard);
  if (isRecord(e.type)) return L.fail("unsupported", "functions returning a struct by value are not supported");
  const vals: VReg[] = [];
  for (const a of e.args) {
    if (isRecord(a.type)) {
      // A struct of up to 16 bytes goes in one or two registers, 8 bytes each, as clang passes it.
      const size = sizeOf(a.type);
      if (c.kind !== "func" || size > 16) L.fail("unsupported", "passing a struct of more than 16 bytes by value is not supported", a.loc);
      const v = rv(L, a);
      if (v.k !== "agg") return L.fail("unsupported", "struct argument is not an object", a.loc);
      for (let at = 0; at < size; at += 8) {
        const d = L.vreg();
        const n = size - at >= 8 ? 8 : size - at >= 4 ? 4 : size - at >= 2 ? 2 : 1;
        L.emit({ k: "ldx", d, base: v.base, off: v.off + at, size: n, sx: false });
        vals.push(d);
      }
      continue;
    }
    const prev = L.callbackArg;
    L.callbackArg = true;
    let v = rv(L, a);
    L.callbackArg = prev;
    const k = intKind(a.type);
    // Callees and helpers read 64-bit registers: give them the value zero-extended, as clang's ALU32 results are.
    if (k && k.size <= 4) v = L.widen(v, { size: 4, signed: false });
    vals.push(L.reg(v, a.type));
  }
  L.loc = e.loc;
  if (vals.length > 5) return L.fail("too-many-args", "too many arguments: BPF passes at most 5 in registers");
  vals.forEach((r, i) => L.emit({ k: "mov", w: 64, d: i + 1, s: r }));
  if (c.kind === "helper") L.emit({ k: "call", helper: c.id, nargs: vals.length });
  else {
    if (!c.sym.body) return L.fail("unsupported", `function '${c.sym.name}' has no body`);
    L.calls.push({ callee: c.sym, loc: e.loc });
    L.emit({ k: "call", func: c.sym, nargs: vals.length });
  }
  if (e.type.kind === "void" || discard) return { k: "imm", v: 0n };
  const d = L.vreg();
  L.emit({ k: "mov", w: 64, d, s: R0 });
  // Helpers return a u64: their 32-bit results arrive zero- (unsigned) or sign-extended (int).
  const rk = intKind(e.type);
  return { k: "reg", r: d, hi: c.kind === "func" ? "z" : rk && rk.size <= 4 ? (rk.signed ? "s" : "z") : "?" };
}

function inline(L: Lowerer, f: import("../ast.ts").FuncSym, e: Expr & { kind: "call" }, discard: boolean): Val {
  if (L.inlineStack.includes(f) || f === L.fn.sym) return L.fail("recursion", `recursive call to '${f.name}' is not supported in BPF`);
  if (!f.body) return L.fail("unsupported", `function '${f.name}' has no body`);
  const assigned = assignedVars(f);
  // A function given to a function-pointer parameter the body never changes: no value, the body's
  // calls through the parameter become direct calls (and pass it on as a callback if it does).
  const funcs = e.args.map((a, i) => {
    const p = f.params[i];
    return p && !p.addressTaken && !assigned.has(p.id) ? knownFunc(L, a) : undefined;
  });
  // An inlined body may branch on a parameter bound to its argument's value.
  const args = e.args.map((a, i) => (funcs[i] ? undefined : L.linked(true, () => rv(L, a))));
  const mark = L.frame.mark();
  L.loc = e.loc;
  f.params.forEach((p, i) => {
    const fa = funcs[i];
    L.boundFuncs.delete(p.id);
    if (fa) {
      L.bound.delete(p.id);
      L.boundFuncs.set(p.id, fa);
      return;
    }
    const a = args[i];
    // A parameter the body never writes nor takes the address of is just the argument: constants
    // fold and `&local` stays r10-relative in the body.
    if (a && !p.addressTaken && !assigned.has(p.id) && !isRecord(p.type) && p.type.kind !== "array" && a.k !== "agg") {
      L.bound.set(p.id, a);
      return;
    }
    L.bound.delete(p.id);
    const h = L.declare(p);
    const place = h.k === "reg" ? { k: "reg" as const, v: h.v, type: p.type } : { k: "mem" as const, base: R10, off: h.off, type: p.type };
    if (args[i]) L.store(place, args[i]);
  });
  const cont = L.block();
  const ret = f.type.ret;
  const agg = isRecord(ret);
  const v = ret.kind === "void" || discard ? undefined : L.vreg();
  const saved = { ret: L.ret, labels: L.labels, loops: L.loops, switches: L.switches };
  L.ret = { k: "inline", v, cont, type: ret };
  L.labels = new Map();
  L.loops = [];
  L.switches = [];
  L.inlineStack.push(f);
  for (const [id, b] of localBoundsOf(f.body)) L.varMax.set(id, b);
  for (const id of testedVarsOf(f.body, true)) L.testedVars.add(id);
  // The inlined body's first instruction starts its own line's statement: if the caller's statement
  // had no code before the call, its first instruction after the call starts it.
  const owed = L.stmtStart;
  const start = { block: L.cur, at: L.cur.insns.length, blocks: L.fn.blocks.length };
  lowerStmt(L, f.body);
  locateBoundParams(L, f, start);
  L.inlineStack.pop();
  Object.assign(L, saved);
  // What follows (the jump on the result, the use of it) is the caller's line, not the body's last.
  L.loc = e.loc;
  if (owed) L.stmtStart = true;
  L.br(cont);
  L.enter(cont);
  if (!agg) L.frame.release(mark);
  if (v === undefined) return { k: "imm", v: 0n };
  return agg ? { k: "agg", base: v, off: 0 } : { k: "reg", r: v, hi: "z" };
}

/**
 * The Locals view's place for parameters bound to their argument's value (they have no home of
 * their own): that value's register, r10 + offset, or the constant, over the inlined body only.
 */
function locateBoundParams(L: Lowerer, f: FuncSym, start: { block: Block; at: number; blocks: number }): void {
  let scope: Insn[] | undefined;
  for (const p of f.params) {
    const v = L.bound.get(p.id);
    if (!v || v.k === "agg") continue;
    if (!scope) {
      scope = start.block.insns.slice(start.at);
      for (let k = start.blocks; k < L.fn.blocks.length; k++) {
        const b = L.fn.blocks[k];
        if (b !== start.block) for (const i of b.insns) scope.push(i);
      }
    }
    const where = v.k === "imm" ? { imm: v.v } : v.k === "reg" ? { vreg: v.r } : { vreg: v.base, add: v.off };
    L.fn.vars.push({ name: p.name, type: p.type, where, scope });
  }
}

/** The function an expression designates for certain: a function name, or a parameter bound to one. */
export function knownFunc(L: Lowerer, e: Expr): FuncSym | undefined {
  let x = e;
  while (x.kind === "cast" || x.kind === "addr" || x.kind === "deref") x = x.arg;
  if (x.kind === "func") return x.sym;
  if (x.kind === "var" && x.sym.storage === "param") return L.boundFuncs.get(x.sym.id);
  return undefined;
}

const ATOMIC: Record<string, { op: AtomicName; fetch: boolean; after?: "add" | "sub" | "or" | "and" | "xor" }> = {
  atomic_fetch_add: { op: "fetch_add", fetch: true },
  atomic_fetch_sub: { op: "fetch_add", fetch: true },
  atomic_fetch_or: { op: "fetch_or", fetch: true },
  atomic_fetch_and: { op: "fetch_and", fetch: true },
  atomic_fetch_xor: { op: "fetch_xor", fetch: true },
  atomic_add_fetch: { op: "fetch_add", fetch: true, after: "add" },
  atomic_sub_fetch: { op: "fetch_add", fetch: true, after: "add" },
  atomic_or_fetch: { op: "fetch_or", fetch: true, after: "or" },
  atomic_and_fetch: { op: "fetch_and", fetch: true, after: "and" },
  atomic_xor_fetch: { op: "fetch_xor", fetch: true, after: "xor" },
};

export function lowerBuiltin(L: Lowerer, e: Expr & { kind: "builtin" }, discard: boolean): Val {
  switch (e.name) {
    case "expect":
      rv(L, e.args[1] ?? e.args[0], true);
      return rv(L, e.args[0], discard);
    case "unreachable":
      L.emit({ k: "mov", w: 64, d: R0, imm: 0 });
      L.terminate({ k: "exit" });
      return { k: "imm", v: 0n };
    case "bswap16":
    case "bswap32":
    case "bswap64": {
      const bits = Number(e.name.slice(5)) as 16 | 32 | 64;
      const a = rv(L, e.args[0]);
      if (a.k === "imm") {
        let x = BigInt.asUintN(bits, a.v), y = 0n;
        for (let i = 0; i < bits / 8; i++, x >>= 8n) y = (y << 8n) | (x & 0xffn);
        return { k: "imm", v: y };
      }
      const d = L.copy(a, e.type);
      L.emit({ k: "end", kind: L.cpu >= 4 ? "bswap" : "be", bits, d });
      return { k: "reg", r: d, hi: "z", max: bits < 64 ? (1n << BigInt(bits)) - 1n : undefined };
    }
    case "memset":
    case "memcpy":
    case "memmove": {
      const size = memSize(L, e);
      if (size === undefined) return { k: "imm", v: 0n };
      const dst = pointerArg(L, e.args[0]);
      if (e.name === "memset") {
        const b = rv(L, e.args[1]);
        if (b.k !== "imm") return L.fail("unsupported", "__builtin_memset needs a constant byte");
        L.fillMem(dst.base, dst.off, size, dst.align, Number(b.v & 0xffn));
      } else {
        const src = pointerArg(L, e.args[1]);
        if (e.name === "memmove" && dst.base === src.base && Math.abs(dst.off - src.off) < size && dst.off > src.off) {
          // Overlapping forward move: copy through the frame is not free; copy backwards byte-wise.
          for (let i = size - 1; i >= 0; i--) L.copyMem(dst.base, dst.off + i, src.base, src.off + i, 1, 1);
        } else L.copyMem(dst.base, dst.off, src.base, src.off, size, Math.min(dst.align, src.align));
      }
      return discard ? { k: "imm", v: 0n } : { k: "addr", base: dst.base, off: dst.off };
    }
    case "memcmp":
      return memcmp(L, e);
    case "atomic_xchg":
    case "atomic_cmpxchg":
    case "atomic_cmpxchg_bool":
      return atomicSwap(L, e);
    default:
      return atomicRmw(L, e, discard);
  }
}

/** Bytes no memory builtin expands beyond (every BPF object it could touch is far smaller). */
const MEM_SIZE_LIMIT = 1 << 16;

/**
 * The size of a memory builtin: written as a constant, or a constant once the static function it
 * sits in is inlined (a size parameter given a constant). Otherwise clang's back end refuses the
 * library call, but only where the code survives: reported if this point is reachable.
 */
function memSize(L: Lowerer, e: Expr & { kind: "builtin" }): number | undefined {
  if (e.size !== undefined) return e.size;
  const v = rv(L, e.args[2]);
  if (v.k === "imm" && v.v <= BigInt(MEM_SIZE_LIMIT)) return Number(v.v);
  L.failIfReached("memcall", memLibcall(e.name), e.loc);
  return undefined;
}

/** A pointer argument as base + offset, with the alignment its pointee type promises. */
function pointerArg(L: Lowerer, e: Expr): { base: VReg; off: number; align: number } {
  let inner = e;
  while (inner.kind === "cast" && inner.arg.type.kind === "ptr") inner = inner.arg;
  const pt = inner.type.kind === "ptr" ? inner.type.to : undefined;
  const align = pt && pt.kind !== "void" ? alignOf(pt) : 1;
  const v = rv(L, e);
  if (v.k === "addr") return { base: v.base, off: v.off, align };
  return { base: L.reg(v, e.type), off: 0, align };
}

function atomicPlace(L: Lowerer, e: Expr): { base: VReg; off: number; type: CType } {
  const pt = e.type.kind === "ptr" ? e.type.to : LONG;
  const v = rv(L, e);
  if (v.k === "addr") return { base: v.base, off: v.off, type: pt };
  return { base: L.reg(v, e.type), off: 0, type: pt };
}

function atomicRmw(L: Lowerer, e: Expr & { kind: "builtin" }, discard: boolean): Val {
  const spec = ATOMIC[e.name] ?? L.fail("unsupported", `__builtin ${e.name}`);
  const p = atomicPlace(L, e.args[0]);
  const size = sizeOf(p.type);
  if (size !== 4 && size !== 8) return L.fail("unsupported", "atomic operations need a 4- or 8-byte object");
  const w = size === 8 ? 64 : 32;
  const sub = e.name.includes("_sub");
  const val = rv(L, e.args[1]);
  const s = L.copy(val, p.type, w);
  if (sub) L.emit({ k: "neg", w, d: s });
  L.loc = e.loc;
  const plain = spec.op.slice(6) as "add" | "or" | "and" | "xor";
  if (discard && (plain === "add" || L.cpu >= 3)) {
    L.emit({ k: "atomic", op: plain, w, base: p.base, off: p.off, s });
    return { k: "imm", v: 0n };
  }
  if (L.cpu < 3) return L.fail("unsupported", "atomic fetch operations need -mcpu=v3");
  if (!spec.after) {
    L.emit({ k: "atomic", op: spec.op, w, base: p.base, off: p.off, s });
    return { k: "reg", r: s, hi: "z" };
  }
  // op_and_fetch: keep the operand, apply it to the old value.
  const operand = L.copy({ k: "reg", r: s, hi: "z" }, p.type, w);
  L.emit({ k: "atomic", op: spec.op, w, base: p.base, off: p.off, s });
  L.emit({ k: "alu", w, op: spec.after, d: s, s: operand });
  return { k: "reg", r: s, hi: w === 32 ? "z" : "?" };
}

function atomicSwap(L: Lowerer, e: Expr & { kind: "builtin" }): Val {
  if (L.cpu < 3) return L.fail("unsupported", "atomic exchange needs -mcpu=v3");
  const p = atomicPlace(L, e.args[0]);
  const size = sizeOf(p.type);
  if (size !== 4 && size !== 8) return L.fail("unsupported", "atomic operations need a 4- or 8-byte object");
  const w = size === 8 ? 64 : 32;
  if (e.name === "atomic_xchg") {
    const s = L.copy(rv(L, e.args[1]), p.type, w);
    L.emit({ k: "atomic", op: "xchg", w, base: p.base, off: p.off, s });
    return { k: "reg", r: s, hi: "z" };
  }
  const old = rv(L, e.args[1]);
  const nv = L.reg(rv(L, e.args[2]), p.type);
  const oldR = L.reg(old, p.type);
  L.loc = e.loc;
  L.emit({ k: "mov", w: 64, d: R0, s: oldR });
  L.emit({ k: "atomic", op: "cmpxchg", w, base: p.base, off: p.off, s: nv });
  const d = L.vreg();
  L.emit({ k: "mov", w: 64, d, s: R0 });
  if (e.name === "atomic_cmpxchg") return { k: "reg", r: d, hi: w === 32 ? "z" : "?" };
  // bool form: old value equal to the expected one
  const r = L.vreg();
  const yes = L.block(true), join = L.block();
  L.emit({ k: "mov", w: 32, d: r, imm: 1 });
  L.terminate({ k: "cbr", cc: "jeq", w, a: d, b: oldR, t: join, f: yes });
  L.enter(yes);
  L.emit({ k: "mov", w: 32, d: r, imm: 0 });
  L.br(join);
  L.enter(join);
  return { k: "reg", r, hi: "z" };
}

export { addrOf, lvalue };

/** libbpf-era declarations `load_byte(skb, off) asm("llvm.bpf.load.byte")` and friends. */
const LD_ABS: Record<string, 1 | 2 | 4> = { load_byte: 1, load_half: 2, load_word: 4 };

function ldAbs(L: Lowerer, size: 1 | 2 | 4, e: Expr & { kind: "call" }): Val {
  if (e.args.length !== 2) return L.fail("unsupported", "load_byte/half/word take (skb, offset)");
  const skb = L.reg(rv(L, e.args[0]), e.args[0].type);
  const off = rv(L, e.args[1]);
  L.loc = e.loc;
  L.emit({ k: "mov", w: 64, d: 6, s: skb });
  if (off.k === "imm" && off.v >= 0n && off.v <= 0x7fffffffn) L.emit({ k: "ldabs", size, imm: Number(off.v) });
  else L.emit({ k: "ldabs", size, s: L.reg(off, e.args[1].type), imm: 0 });
  const d = L.vreg();
  L.emit({ k: "mov", w: 64, d, s: R0 });
  return { k: "reg", r: d, hi: "z", max: (1n << BigInt(8 * size)) - 1n };
}

/** Byte by byte, first difference wins: x - y of the first unequal bytes (C only fixes the sign). */
function memcmp(L: Lowerer, e: Expr & { kind: "builtin" }): Val {
  const size = memSize(L, e);
  if (size === undefined) return { k: "imm", v: 0n };
  const a = pointerArg(L, e.args[0]), b = pointerArg(L, e.args[1]);
  const x = L.vreg(), y = L.vreg(), d = L.vreg();
  const diff = L.block(), join = L.block();
  for (let i = 0; i < size; i++) {
    L.emit({ k: "ldx", d: x, base: a.base, off: a.off + i, size: 1, sx: false });
    L.emit({ k: "ldx", d: y, base: b.base, off: b.off + i, size: 1, sx: false });
    const next = L.block(true);
    L.terminate({ k: "cbr", cc: "jne", w: L.cpu >= 3 ? 32 : 64, a: x, b: y, t: diff, f: next });
    L.enter(next);
  }
  L.emit({ k: "mov", w: 32, d, imm: 0 });
  L.br(join);
  L.enter(diff);
  L.emit({ k: "mov", w: 64, d, s: x });
  L.emit({ k: "alu", w: 32, op: "sub", d, s: y });
  L.br(join);
  L.enter(join);
  return { k: "reg", r: d, hi: "z" };
}

const assignedCache = new WeakMap<FuncSym, { body: Stmt | undefined; out: Set<number> }>();

/** Variables (parameters and locals) f's body assigns (=, op=, ++, --); once per function (it is inlined at each call). */
export function assignedVars(f: FuncSym): ReadonlySet<number> {
  const c = assignedCache.get(f);
  if (c && c.body === f.body) return c.out;
  const out = new Set<number>();
  assignedCache.set(f, { body: f.body, out });
  if (f.body)
    walkStmt(f.body, (e) => {
      if ((e.kind === "assign" || e.kind === "opassign" || e.kind === "incdec") && e.target.kind === "var") out.add(e.target.sym.id);
    }, () => undefined);
  return out;
}
