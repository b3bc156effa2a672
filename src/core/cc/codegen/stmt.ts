// Statements: blocks with scoped stack bytes, if/loops/switch/goto as blocks and jumps, returns,
// local initialisers (aggregates zero-filled where the initialiser leaves bytes out, so a helper
// never reads uninitialised stack).

import type { FuncSym, LocalInit, Stmt, VarSym } from "../ast.ts";
import { VARIADIC } from "../builtin_names.ts";
import { alignOf, isRecord, sizeOf } from "../types.ts";
import { bindsAddress, closeScopes } from "./bound_locals.ts";
import { condJump, lvalue, rv } from "./expr.ts";
import { R0, R10, successors } from "./ir.ts";
import type { Block } from "./ir.ts";
import { CodegenError } from "./blocks.ts";
import { Lowerer } from "./lower.ts";
import type { Home, UnitCtx } from "./lower.ts";
import { fitImm, fitsS32, intKind } from "./values.ts";
import { unrollPlan } from "./unroll.ts";
import type { UnrollPlan } from "./unroll.ts";
import { localBounds } from "./ranges.ts";
import { testedVarsOf } from "./tested.ts";
import type { LVal } from "./values.ts";

/** Lowers a whole function: parameters from r1..r5, then the body. */
export function lowerFunction(u: UnitCtx, f: FuncSym): Lowerer {
  const L = new Lowerer(u, f);
  if (f.type.variadic) L.fail("variadic", VARIADIC, f.loc);
  let next = 1; // the register the next parameter arrives in
  for (const p of f.params) {
    const size = sizeOf(p.type);
    if (isRecord(p.type) && size > 16) L.fail("unsupported", "struct parameters of more than 16 bytes by value are not supported", p.loc);
    const regs = isRecord(p.type) ? Math.ceil(size / 8) : 1;
    if (next + regs - 1 > 5) L.fail("too-many-args", `function '${f.name}' has more than 5 parameters; BPF passes at most 5 in registers`, f.loc);
    const h = L.declare(p);
    const vars = L.fn.vars;
    vars[vars.length - 1] = { ...vars[vars.length - 1], argReg: next };
    L.loc = p.loc;
    if (h.k === "reg") L.emit({ k: "mov", w: 64, d: h.v, s: next });
    else if (isRecord(p.type)) {
      for (let at = 0; at < size; at += 8) {
        const n = size - at >= 8 ? 8 : size - at >= 4 ? 4 : size - at >= 2 ? 2 : 1;
        L.emit({ k: "stx", base: R10, off: h.off + at, s: next + at / 8, size: n });
      }
    } else L.emit({ k: "stx", base: R10, off: h.off, s: next, size: size as 1 | 2 | 4 | 8 });
    next += regs;
  }
  if (f.body) {
    for (const [id, b] of localBounds(f.body)) L.varMax.set(id, b);
    for (const id of testedVarsOf(f.body, false)) L.testedVars.add(id);
    lowerStmt(L, f.body);
  }
  // Falling off the end: `void` functions return; clang leaves r0 as it is for others (UB), we return 0.
  if (!L.cur.term) {
    L.emit({ k: "mov", w: 64, d: R0, imm: 0 });
    L.terminate({ k: "exit" });
  }
  if (L.deferred.length) {
    const live = reachableBlocks(L.fn.blocks[0]);
    const hit = L.deferred.find((d) => live.has(d.block));
    if (hit) throw hit.err;
  }
  return L;
}

/** Blocks a path from `entry` reaches (a constant test after inlining leaves its other arm unreached). */
function reachableBlocks(entry: Block): Set<Block> {
  const seen = new Set<Block>([entry]);
  const work = [entry];
  for (let b = work.pop(); b; b = work.pop()) {
    for (const s of successors(b)) {
      if (seen.has(s)) continue;
      seen.add(s);
      work.push(s);
    }
  }
  return seen;
}

export function lowerStmt(L: Lowerer, s: Stmt): void {
  try {
    lowerStmtInner(L, s);
  } catch (e) {
    // Left-deep chains are lowered in loops; what still recurses (16k `&&` or `->` in a row, which
    // clang compiles) stops at the innermost statement with a located error instead of a crash.
    if (e instanceof RangeError && /call stack/.test(e.message)) throw new CodegenError("nesting", "expression too deeply nested", s.loc);
    throw e;
  }
}

function lowerStmtInner(L: Lowerer, s: Stmt): void {
  L.loc = s.loc;
  L.stmtStart = true;
  switch (s.kind) {
    case "expr":
      rv(L, s.expr, true);
      return;
    case "decl": {
      if (s.sym.storage !== "local" && s.sym.storage !== "param") return; // a local static or extern: a global
      L.loc = s.loc;
      if (s.init && bindsAddress(L, s.sym, s.init)) return;
      const h = L.declare(s.sym);
      if (s.init) initLocal(L, s.sym, h, s.init);
      return;
    }
    case "block": {
      const mark = L.frame.mark();
      L.blockScopes.push([]);
      try {
        for (const b of s.body) lowerStmt(L, b);
      } finally {
        closeScopes(L, L.blockScopes.pop()!);
      }
      L.frame.release(mark);
      return;
    }
    case "if": {
      // Without an else, the code after the if starts in an arm of its own: when the then-arm
      // ends in a jump (return, break, goto) the test is its only way in, and what held at the
      // test (loaded values, checked pointers) still holds there, as the verifier sees it.
      const thenB = L.block(true), join = L.block(), elseB = L.block(true);
      const saved = L.saveBases();
      condJump(L, s.cond, thenB, elseB);
      L.enter(thenB);
      lowerStmt(L, s.then);
      if (!s.else && L.cur.term) {
        L.enter(elseB);
        L.restoreBases(saved);
        return;
      }
      L.br(join);
      L.enter(elseB);
      if (s.else) lowerStmt(L, s.else);
      L.br(join);
      L.enter(join);
      L.restoreBases(saved);
      return;
    }
    case "while":
      return loop(L, undefined, s.cond, undefined, s.body, false);
    case "dowhile":
      return loop(L, undefined, s.cond, undefined, s.body, true);
    case "for": {
      const mark = L.frame.mark();
      const plan = unrollPlan(s);
      if (plan) unrolled(L, s.body, plan);
      else loop(L, s.init, s.cond, s.step, s.body, false);
      L.frame.release(mark);
      return;
    }
    case "break": {
      const l = L.loops[L.loops.length - 1] ?? L.fail("unsupported", "break outside a loop or switch");
      L.jumpStmt(l.brk);
      return;
    }
    case "continue": {
      const l = [...L.loops].reverse().find((x) => x.cont) ?? L.fail("unsupported", "continue outside a loop");
      L.jumpStmt(l.cont!);
      return;
    }
    case "return":
      return ret(L, s);
    case "switch":
      return lowerSwitch(L, s);
    case "case": {
      const b = L.switches[L.switches.length - 1]?.get(s.label.id) ?? L.fail("unsupported", "case outside a switch");
      L.br(b);
      L.enter(b);
      lowerStmt(L, s.body);
      return;
    }
    case "label": {
      const b = labelBlock(L, s.name);
      L.br(b);
      L.enter(b);
      lowerStmt(L, s.body);
      return;
    }
    case "goto":
      L.jumpStmt(labelBlock(L, s.name));
      return;
    case "empty":
      return;
  }
}

function labelBlock(L: Lowerer, name: string): Block {
  let b = L.labels.get(name);
  if (!b) L.labels.set(name, (b = L.block()));
  return b;
}

function loop(L: Lowerer, init: Stmt | undefined, cond: import("../ast.ts").Expr | undefined, step: import("../ast.ts").Expr | undefined, body: Stmt, bottomTest: boolean): void {
  if (init) lowerStmt(L, init);
  const saved = L.saveBases();
  const head = L.block(), bodyB = L.block(!bottomTest), exit = L.block();
  const latch = step || bottomTest ? L.block() : head;
  L.br(bottomTest ? bodyB : head);
  if (!bottomTest) {
    L.enter(head);
    L.restoreBases(saved);
    if (cond) condJump(L, cond, bodyB, exit);
    else L.br(bodyB);
  }
  L.enter(bodyB);
  L.loops.push({ brk: exit, cont: latch });
  lowerStmt(L, body);
  L.loops.pop();
  L.br(latch);
  if (latch !== head) {
    L.enter(latch);
    if (step) {
      L.loc = step.loc;
      L.stmtStart = true;
      rv(L, step, true);
    }
    if (bottomTest) {
      L.loc = cond!.loc;
      L.stmtStart = true;
      condJump(L, cond!, bodyB, exit);
    } else L.br(head);
  }
  L.enter(exit);
  L.restoreBases(saved);
}

/** A counted loop fully unrolled (unroll.ts): the body once per value, the counter bound to it. */
function unrolled(L: Lowerer, body: Stmt, plan: UnrollPlan): void {
  const exit = L.block();
  const k = intKind(plan.sym.type) ?? { size: 4, signed: true };
  for (const v of plan.values) {
    const next = L.block();
    L.bound.set(plan.sym.id, { k: "imm", v: fitImm(v, k) });
    L.loops.push({ brk: exit, cont: next });
    lowerStmt(L, body);
    L.loops.pop();
    L.br(next);
    L.enter(next);
  }
  L.bound.delete(plan.sym.id);
  L.br(exit);
  L.enter(exit);
}

function ret(L: Lowerer, s: Stmt & { kind: "return" }): void {
  const target = L.ret;
  if (target.k === "inline") {
    if (s.value) {
      const v = rv(L, s.value, target.v === undefined);
      L.loc = s.loc;
      if (target.v !== undefined) {
        if (v.k === "agg") L.assignReg(target.v, { k: "addr", base: v.base, off: v.off }, target.type);
        else L.assignReg(target.v, v, target.type);
      }
    }
    L.br(target.cont);
    return;
  }
  if (s.value) {
    if (isRecord(s.value.type)) L.fail("unsupported", "returning a struct by value is not supported");
    let v = rv(L, s.value);
    L.loc = s.loc;
    const k = intKind(s.value.type);
    if (k && k.size <= 4) v = L.widen(v, { size: 4, signed: false });
    if (v.k === "imm") L.loadImm(R0, v.v, k ?? { size: 8, signed: false });
    else L.assignReg(R0, v, s.value.type);
  } else if (L.fn.sym.type.ret.kind === "void" && L.fn.sym.section) L.emit({ k: "mov", w: 64, d: R0, imm: 0 });
  L.terminate({ k: "exit" });
}

function lowerSwitch(L: Lowerer, s: Stmt & { kind: "switch" }): void {
  const v = rv(L, s.value);
  const k = intKind(s.value.type) ?? { size: 8, signed: false };
  const w = k.size <= 4 && L.cpu >= 3 ? 32 : 64;
  const exit = L.block();
  const blocks = new Map<number, Block>();
  for (const c of s.cases) blocks.set(c.id, L.block());
  if (s.default) blocks.set(s.default.id, L.block());
  const dflt = s.default ? blocks.get(s.default.id)! : exit;
  if (v.k === "imm") {
    const hit = s.cases.find((c) => c.value === v.v);
    L.br(hit ? blocks.get(hit.id)! : dflt);
  } else {
    const r = L.reg(w === 64 && k.size <= 4 ? L.widen(v, k) : v, s.value.type);
    // A compare chain: BPF has no indirect jump; the chain is also what the verifier likes best.
    for (const c of s.cases) {
      const next = L.block(true);
      const cv = c.value!;
      const imm = w === 32 ? Number(BigInt.asIntN(32, cv)) : cv >= -0x80000000n && cv <= 0x7fffffffn ? Number(cv) : undefined;
      if (imm !== undefined) L.terminate({ k: "cbr", cc: "jeq", w, a: r, imm, t: blocks.get(c.id)!, f: next });
      else {
        const t = L.vreg();
        L.emit({ k: "ld64", d: t, value: cv });
        L.terminate({ k: "cbr", cc: "jeq", w, a: r, b: t, t: blocks.get(c.id)!, f: next });
      }
      L.enter(next);
    }
    L.br(dflt);
  }
  L.switches.push(blocks);
  L.loops.push({ brk: exit });
  L.enter(L.block()); // the body's code before the first label is unreachable
  lowerStmt(L, s.body);
  L.loops.pop();
  L.switches.pop();
  L.br(exit);
  L.enter(exit);
}

/** A local's initial value: zero-fill an aggregate the initialiser does not cover, then the stores. */
export function initLocal(L: Lowerer, sym: VarSym, h: Home, init: LocalInit | undefined): void {
  if (!init) return;
  const tested = L.testedVars.has(sym.id);
  if (L.linkBools !== tested) return L.linked(tested, () => initLocal(L, sym, h, init));
  if (h.k === "reg") {
    const st = init.stores[0];
    if (st) L.store({ k: "reg", v: h.v, type: sym.type }, rv(L, st.value));
    else if (init.zero) L.loadImm(h.v, 0n, intKind(sym.type) ?? { size: 8, signed: false });
    return;
  }
  const size = sizeOf(sym.type);
  const covered = new Uint8Array(size);
  for (const st of init.stores) {
    if (st.member?.bitWidth !== undefined) continue;
    covered.fill(1, st.offset, st.offset + sizeOf(st.type));
  }
  if (init.zero || covered.includes(0)) {
    // Zero what the stores leave uncovered (padding included) in aligned runs.
    zeroGaps(L, h.off, covered, alignOf(sym.type), init.stores.some((s) => s.member?.bitWidth !== undefined));
  }
  for (const st of init.stores) {
    L.loc = st.value.loc;
    const place: LVal = {
      k: "mem",
      base: R10,
      off: h.off + st.offset,
      type: st.type,
      bitOffset: st.member?.bitWidth !== undefined ? st.member.bitOffset ?? 0 : undefined,
      bitWidth: st.member?.bitWidth,
    };
    if (st.value.kind === "str" && st.type.kind === "array") {
      const bytes = st.value.bytes;
      const n = Math.min(bytes.length, sizeOf(st.type));
      storeBytes(L, h.off + st.offset, bytes.subarray(0, n));
      continue;
    }
    const v = rv(L, st.value);
    L.store(place, v);
  }
  void lvalue;
}

/**
 * Constant bytes (a string initialiser) stored at r10 + off in the widest immediate stores the
 * slot's alignment allows: 8 bytes where their value is a sign-extended 32-bit one, else 4
 * (two 4-byte stores take two slots; a 64-bit constant would take three).
 */
function storeBytes(L: Lowerer, off: number, bytes: Uint8Array): void {
  let i = 0;
  while (i < bytes.length) {
    const at = off + i;
    let size: 1 | 2 | 4 | 8 = 1;
    for (const s of [8, 4, 2] as const) {
      if (i + s > bytes.length || ((at % s) + s) % s !== 0) continue;
      if (s === 8 && !fitsS32(BigInt.asIntN(64, leValue(bytes, i, 8)))) continue;
      size = s;
      break;
    }
    const v = leValue(bytes, i, size);
    L.emit({ k: "st", base: R10, off: at, imm: Number(size === 8 ? BigInt.asIntN(64, v) : BigInt.asIntN(32, v)), size });
    i += size;
  }
}

/** The little-endian value of bytes [i, i + size). */
function leValue(bytes: Uint8Array, i: number, size: number): bigint {
  let v = 0n;
  for (let j = size - 1; j >= 0; j--) v = (v << 8n) | BigInt(bytes[i + j]);
  return v;
}

function zeroGaps(L: Lowerer, base: number, covered: Uint8Array, _align: number, all: boolean): void {
  if (all) covered.fill(0);
  let i = 0;
  while (i < covered.length) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && !covered[j]) j++;
    // Widen the run to 8-byte boundaries where the neighbours are ours to overwrite (they are
    // stored after this), which turns many small stores into few wide ones.
    let a = i, b = j;
    while (a > 0 && (base + a) % 8 !== 0) a--;
    while (b < covered.length && (base + b) % 8 !== 0) b++;
    L.fillMem(R10, base + a, b - a, 8, 0);
    i = b;
  }
}
