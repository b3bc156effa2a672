import { describe, expect, it } from "vitest";
import type { FuncSym } from "../ast.ts";
import { emitFunction } from "./emit.ts";
import { disassembleText } from "../../asm/disasm.ts";
import { Frame } from "./frame.ts";
import { FIRST_VREG } from "./ir.ts";
import type { Block, IrFunc, Op } from "./ir.ts";
import { allocate } from "./regalloc.ts";

const SYM = { name: "f" } as FuncSym;

/** One block of ops ending in exit, and the function around it. */
function fn(ops: Op[], nvregs: number): IrFunc {
  const b: Block = { id: 0, insns: ops.map((op) => ({ op })), term: { k: "exit" } };
  return { name: "f", sym: SYM, blocks: [b], nextVreg: FIRST_VREG + nvregs, frameSize: 0, vars: [] };
}
const V = (n: number) => FIRST_VREG + n;

function compileOps(ops: Op[], nvregs: number) {
  const f = fn(ops, nvregs);
  const frame = new Frame();
  const a = allocate(f, frame);
  return { a, frame, text: disassembleText(emitFunction(f, a).insns) };
}

describe("register allocation", () => {
  it("coalesces a copy whose source dies, so the mov disappears", () => {
    const { text } = compileOps([
      { k: "mov", w: 64, d: V(0), imm: 5 },
      { k: "mov", w: 64, d: V(1), s: V(0) },
      { k: "alu", w: 64, op: "add", d: V(1), imm: 1 },
      { k: "mov", w: 64, d: 0, s: V(1) },
    ], 2);
    expect(text).toBe("r0 = 5\nr0 += 1\nexit\n");
  });

  it("puts values live across a call in r6-r9 and arguments straight in r1-r5", () => {
    const { a } = compileOps([
      { k: "mov", w: 64, d: V(0), imm: 1 }, // live across the call
      { k: "mov", w: 64, d: V(1), imm: 2 }, // the argument
      { k: "mov", w: 64, d: 1, s: V(1) },
      { k: "call", helper: 7, nargs: 1 },
      { k: "mov", w: 64, d: V(2), s: 0 },
      { k: "alu", w: 64, op: "add", d: V(2), s: V(0) },
      { k: "mov", w: 64, d: 0, s: V(2) },
    ], 3);
    expect(a.reg.get(V(0))).toBeGreaterThanOrEqual(6);
    expect(a.reg.get(V(1))).toBe(1);
    expect(a.reg.get(V(2))).toBe(0);
  });

  it("spills when more than four values live across a call, and reloads them", () => {
    const ops: Op[] = [];
    for (let i = 0; i < 6; i++) ops.push({ k: "mov", w: 64, d: V(i), imm: i + 1 });
    ops.push({ k: "call", helper: 7, nargs: 0 });
    ops.push({ k: "mov", w: 64, d: V(6), imm: 0 });
    for (let i = 0; i < 6; i++) ops.push({ k: "alu", w: 64, op: "add", d: V(6), s: V(i) });
    ops.push({ k: "mov", w: 64, d: 0, s: V(6) });
    const { a, frame, text } = compileOps(ops, 7);
    expect(a.spill.size).toBe(2);
    expect(frame.max).toBe(16);
    expect(text).toMatch(/\*\(u64 \*\)\(r10 - 8\) = r\d/);
    expect(text).toMatch(/r\d = \*\(u64 \*\)\(r10 - 8\)/);
  });

  it("removes pure instructions whose result is never read", () => {
    const { text } = compileOps([
      { k: "mov", w: 64, d: V(0), imm: 5 },
      { k: "alu", w: 64, op: "mul", d: V(0), imm: 3 },
      { k: "mov", w: 64, d: 0, imm: 1 },
    ], 1);
    expect(text).toBe("r0 = 1\nexit\n");
  });
});

describe("spill slots", () => {
  it("go below every local, even those of scopes that have ended", () => {
    const frame = new Frame();
    const mark = frame.mark();
    expect(frame.alloc(8, 8)).toBe(-8); // a local of an inner block
    frame.release(mark);
    const ops: Op[] = [];
    for (let i = 0; i < 6; i++) ops.push({ k: "mov", w: 64, d: V(i), imm: i + 1 });
    ops.push({ k: "call", helper: 7, nargs: 0 });
    ops.push({ k: "mov", w: 64, d: V(6), imm: 0 });
    for (let i = 0; i < 6; i++) ops.push({ k: "alu", w: 64, op: "add", d: V(6), s: V(i) });
    ops.push({ k: "mov", w: 64, d: 0, s: V(6) });
    const a = allocate(fn(ops, 7), frame);
    expect([...a.spill.values()].every((off) => off <= -16)).toBe(true);
  });
});
