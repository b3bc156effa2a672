// From allocated IR to instructions: blocks laid out in order, jumps to jumps threaded, a jump to
// the next block dropped, conditions inverted so that the likely path falls through, and moves
// between the same register deleted. Every instruction goes through the typed builder.

import type { LineEntry } from "../../program.ts";
import { alu32, alu64, atomic32, atomic64, call, endian, exit, jmp, jmp32, ld_func, ld_imm64, ld_map, ld_map_value, ldx, ldxs, st, stx, SIZE_NAME } from "../../isa/builder.ts";
import type { Insn as MInsn } from "../../isa/insn.ts";
import { build } from "../../isa/build.ts";
import type { FuncSym, Loc } from "../ast.ts";
import { INVERSE, R10, SWAPPED, isVirtual } from "./ir.ts";
import type { Block, Insn, IrFunc, MapSlot, Op, Term } from "./ir.ts";
import type { Allocation } from "./regalloc.ts";

export interface MachineFunc {
  readonly name: string;
  readonly sym: FuncSym;
  readonly insns: MInsn[];
  readonly lines: (LineEntry | undefined)[];
  /** bpf-to-bpf calls (`call`) and callback addresses (`func`) to patch when linking. */
  readonly calls: { pc: number; callee: FuncSym; kind: "call" | "func" }[];
  readonly mapRefs: { pc: number; map: MapSlot; value: boolean; off: number; symbol: string }[];
  /** Slot of each IR position's instruction (index = position / 2), for debug ranges. */
  readonly pcOfIndex: number[];
}

const slots = (o: Op): number => (o.k === "ld64" || o.k === "ldmap" || o.k === "ldfunc" ? 2 : 1);

/** Conditions that cpu v1 lacks (jlt, jle, jslt, jsle came with v2). */
const V2_ONLY = new Set(["jlt", "jle", "jslt", "jsle"]);

export function emitFunction(f: IrFunc, a: Allocation, cpu: 1 | 2 | 3 | 4 = 4): MachineFunc {
  const R = (r: number): number => (isVirtual(r) ? a.reg.get(r) ?? fail(`r${r} has no register`) : r);
  // Thread jumps: an empty block that only jumps is replaced by its target.
  const resolve = (b: Block): Block => {
    const seen = new Set<Block>();
    while (b.insns.length === 0 && b.term?.k === "br" && !seen.has(b) && b !== f.blocks[0]) {
      seen.add(b);
      b = b.term.t;
    }
    return b;
  };
  const layout = f.blocks.filter((b, i) => i === 0 || resolve(b) === b);
  const next = new Map<Block, Block | undefined>(layout.map((b, i) => [b, layout[i + 1]]));
  const plan = (b: Block): { cc?: Term & { k: "cbr" }; to?: Block; jcc?: Block; invert?: boolean; exit?: boolean } => {
    const t = b.term;
    if (!t || t.k === "exit") return { exit: true };
    const nx = next.get(b);
    if (t.k === "br") {
      const to = resolve(t.t);
      return to === nx ? {} : { to };
    }
    const tt = resolve(t.t), ff = resolve(t.f);
    if (tt === ff) return tt === nx ? {} : { to: tt };
    const inv = INVERSE[t.cc];
    // On v1 an inverted condition must exist there, or swap to one that does (needs two registers).
    const invOk = inv && (cpu >= 2 || !V2_ONLY.has(inv) || t.b !== undefined);
    if (tt === nx && invOk) return { cc: t, jcc: ff, invert: true };
    return { cc: t, jcc: tt, to: ff === nx ? undefined : ff };
  };
  const plans = new Map(layout.map((b) => [b, plan(b)]));
  const start = new Map<Block, number>();
  let pc = 0;
  for (const b of layout) {
    start.set(b, pc);
    for (const i of b.insns) if (!isNop(i.op, R)) pc += slots(i.op);
    const p = plans.get(b)!;
    pc += (p.exit ? 1 : 0) + (p.jcc ? 1 : 0) + (p.to ? 1 : 0);
  }
  const out: MInsn[] = [];
  const lines: (LineEntry | undefined)[] = [];
  const calls: MachineFunc["calls"] = [];
  const mapRefs: MachineFunc["mapRefs"] = [];
  const pcOfIndex: number[] = [];
  const line = (loc: Loc | undefined, stmt: boolean): LineEntry | undefined => (loc ? { file: loc.file, line: loc.line, column: loc.column, stmt } : undefined);
  // A statement whose first instruction vanished (a move the allocator made r = r) starts at the
  // next instruction of the same line instead: line stepping stops on every statement with code.
  let pending: Loc | undefined;
  const put = (ins: MInsn | MInsn[], loc: Loc | undefined, stmt: boolean) => {
    const list = Array.isArray(ins) ? ins : [ins];
    if (pending && loc && loc.line === pending.line && loc.file === pending.file) stmt = true;
    pending = undefined;
    list.forEach((m, k) => {
      out.push(m);
      lines.push(k === 0 ? line(loc, stmt) : line(loc, false));
    });
  };
  const layoutSet = new Set(layout);
  for (const b of f.blocks) {
    if (!layoutSet.has(b)) {
      // a threaded block: its positions map to where its target starts
      const target = resolve(b);
      for (let k = 0; k <= b.insns.length; k++) pcOfIndex.push(start.get(target) ?? out.length);
      continue;
    }
    for (const i of b.insns) {
      pcOfIndex.push(out.length);
      if (isNop(i.op, R)) {
        if (i.stmt && i.loc) pending = i.loc;
        continue;
      }
      const o = i.op;
      if (o.k === "call" && o.func) calls.push({ pc: out.length, callee: o.func, kind: "call" });
      if (o.k === "ldfunc") calls.push({ pc: out.length, callee: o.func, kind: "func" });
      if (o.k === "ldmap") mapRefs.push({ pc: out.length, map: o.map, value: o.value, off: o.off, symbol: o.symbol });
      put(select(o, R), i.loc, !!i.stmt);
    }
    pcOfIndex.push(out.length);
    if (b.lostStmt) pending = b.lostStmt;
    const p = plans.get(b)!;
    const stmtTerm = !!b.termStmt || (b.insns.length === 0 && !!b.term && b.term.k !== "br");
    if (p.exit) put(exit(), b.termLoc, stmtTerm);
    if (p.jcc && p.cc) {
      const c = p.cc;
      let cc = p.invert ? INVERSE[c.cc]! : c.cc;
      let [x, y] = [c.a, c.b];
      if (cpu < 2 && V2_ONLY.has(cc) && y !== undefined) [cc, x, y] = [SWAPPED[cc], y, x];
      const off = jumpOff(start.get(p.jcc)! - (out.length + 1));
      const J = c.w === 32 ? jmp32 : jmp;
      put(y !== undefined ? J[cc].reg(R(x), R(y), off) : J[cc].imm(R(x), c.imm ?? 0, off), b.termLoc, stmtTerm);
    }
    if (p.to) put(jmp.ja(jumpOff(start.get(p.to)! - (out.length + 1))), b.termLoc, stmtTerm && !p.exit && !(p.jcc && p.cc));
  }
  flagLostStatements(f, lines);
  return { name: f.name, sym: f.sym, insns: out, lines, calls, mapRefs, pcOfIndex };
}

function isNop(o: Op, R: (r: number) => number): boolean {
  return o.k === "mov" && o.s !== undefined && o.w === 64 && R(o.s) === R(o.d);
}

function select(o: Op, R: (r: number) => number): MInsn | MInsn[] {
  switch (o.k) {
    case "mov":
    case "alu": {
      const A = o.w === 32 ? alu32 : alu64;
      const op = o.k === "mov" ? "mov" : o.op;
      return o.s !== undefined ? A[op].reg(R(o.d), R(o.s)) : A[op].imm(R(o.d), o.imm ?? 0);
    }
    case "neg":
      return (o.w === 32 ? alu32 : alu64).neg(R(o.d));
    case "movsx":
      return (o.w === 32 ? alu32 : alu64).movsx(R(o.d), R(o.s), o.bits);
    case "end":
      return endian[o.kind](R(o.d), o.bits);
    case "ldx":
      return o.sx && o.size !== 8 ? ldxs[SIZE_NAME[o.size] as "b" | "h" | "w"](R(o.d), R(o.base), o.off) : ldx[SIZE_NAME[o.size]](R(o.d), R(o.base), o.off);
    case "stx":
      return stx[SIZE_NAME[o.size]](R(o.base), o.off, R(o.s));
    case "st":
      return st[SIZE_NAME[o.size]](R(o.base), o.off, o.imm);
    case "ld64":
      return ld_imm64(R(o.d), o.value);
    case "ldmap":
      return o.value ? ld_map_value(R(o.d), o.map.index, o.off) : ld_map(R(o.d), o.map.index);
    case "ldfunc":
      return ld_func(R(o.d), 0);
    case "call":
      return o.helper !== undefined ? call.helper(o.helper) : call.local(0);
    case "ldabs": {
      const sz = SIZE_NAME[o.size];
      return o.s !== undefined ? build(`ldind${sz}`, { src: R(o.s), imm: o.imm })[0] : build(`ldabs${sz}`, { imm: o.imm })[0];
    }
    case "atomic":
      return (o.w === 32 ? atomic32 : atomic64)[o.op](R(o.base), o.off, R(o.s));
  }
}

/** Jump offsets are 16 bits; a function too long for them is refused rather than mis-encoded. */
function jumpOff(n: number): number {
  if (n < -32768 || n > 32767) fail(`a jump of ${n} instructions does not fit in 16 bits`);
  return n;
}

function fail(msg: string): never {
  throw new Error(`internal: ${msg}`);
}

export { R10 };
export type { Insn };

/**
 * A statement whose flagged instruction was optimised away (an arm of a folded `?:`, a block found
 * unreachable) while other code of its line remains: the line's first instruction starts it, so
 * that line stepping still stops there.
 */
function flagLostStatements(f: IrFunc, lines: (LineEntry | undefined)[]): void {
  if (!f.stmtLines) return;
  // keyed by line, then checked by file: no string built per slot
  const first = new Map<number, number[]>();
  const flagged = new Set<string>();
  lines.forEach((e, pc) => {
    if (!e) return;
    if (e.stmt) flagged.add(`${e.file}:${e.line}`);
    const l = first.get(e.line);
    if (!l) first.set(e.line, [pc]);
    else if (!l.some((q) => lines[q]!.file === e.file)) l.push(pc);
  });
  for (const pcs of first.values()) {
    for (const pc of pcs) {
      const key = `${lines[pc]!.file}:${lines[pc]!.line}`;
      if (!flagged.has(key) && f.stmtLines.has(key)) lines[pc] = { ...lines[pc]!, stmt: true };
    }
  }
}
