// Breakpoint conditions: the width of the comparison follows its registers (wN compares in
// 32 bits, as JMP32 does), signedness follows the operator, memory reads are zero-extended,
// and bad input is refused with the whole reason.

import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { parseCondition } from "./condition.ts";
import { Debugger } from "./debugger.ts";
import { createMapSet } from "./mapset.ts";
import { createWorld } from "./world.ts";

/** A run stopped at its exit, after the program set registers and the stack. */
function stopped(text: string): Debugger {
  const a = assemble(`${text}\nr0 = 0\nexit`);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const maps = createMapSet(a.program.maps, 2);
  if (typeof maps === "string") throw new Error(maps);
  const dbg = new Debugger({ program: a.program, progType: progTypeByName("raw_tracepoint")!, input: {}, maps, world: createWorld(1) });
  while (dbg.run.machine.pc < a.program.insns.length - 1) dbg.stepInto();
  return dbg;
}

function holds(dbg: Debugger, condition: string): boolean {
  const c = parseCondition(condition);
  if (typeof c === "string") throw new Error(c);
  return c(dbg.run);
}

describe("breakpoint conditions", () => {
  it("compare a wN register in 32 bits, signed or unsigned", () => {
    const dbg = stopped("w2 = 0xffffffff"); // r2 = 0x00000000ffffffff
    expect(holds(dbg, "w2 s< 0")).toBe(true);
    expect(holds(dbg, "w2 == -1")).toBe(true);
    expect(holds(dbg, "w2 == 0xffffffff")).toBe(true);
    expect(holds(dbg, "w2 > 0x7fffffff")).toBe(true);
    expect(holds(dbg, "w2 s> 0")).toBe(false);
    // The same bits in 64: positive, and not -1.
    expect(holds(dbg, "r2 s< 0")).toBe(false);
    expect(holds(dbg, "r2 == -1")).toBe(false);
    expect(holds(dbg, "r2 == 0xffffffff")).toBe(true);
  });

  it("compare rN registers in 64 bits, with signed operators seeing negatives", () => {
    const dbg = stopped("r1 = -5\nr3 = 7");
    expect(holds(dbg, "r1 s< r3")).toBe(true);
    expect(holds(dbg, "r1 < r3")).toBe(false); // unsigned: 0xfffffffffffffffb
    expect(holds(dbg, "r1 == -5")).toBe(true);
    expect(holds(dbg, "r1 == 0xfffffffffffffffb")).toBe(true);
    expect(holds(dbg, "r1 s>= -5")).toBe(true);
    expect(holds(dbg, "r3 != 7")).toBe(false);
    expect(holds(dbg, "w1 s< w3")).toBe(true);
  });

  it("read memory zero-extended, at the width of its type", () => {
    const dbg = stopped("r1 = -1\n*(u64 *)(r10 - 8) = r1\nr2 = 0x1234\n*(u16 *)(r10 - 16) = r2");
    expect(holds(dbg, "*(u32 *)(r10 - 8) == 0xffffffff")).toBe(true);
    expect(holds(dbg, "*(u32 *)(r10 - 8) s< 0")).toBe(false); // a u32 read is never negative in 64 bits
    expect(holds(dbg, "*(u64 *)(r10 - 8) s< 0")).toBe(true);
    expect(holds(dbg, "*(u8 *)(r10 - 16) == 0x34")).toBe(true);
    expect(holds(dbg, "*(u16 *)(r10 - 16) == 0x1234")).toBe(true);
    expect(holds(dbg, "*(u32 *)(r10 - 8) == w1")).toBe(true);
    // An address nobody can read never matches (rather than stopping every time).
    expect(holds(dbg, "*(u64 *)(r2 + 0) == 0")).toBe(false);
  });

  it("refuse bad input with the whole reason", () => {
    expect(parseCondition("r1 ===")).toMatch(/^condition: expected/);
    expect(parseCondition("r1 == w2")).toBe("condition: a 64-bit register (rN) cannot be compared with a 32-bit one (wN): write both the same way");
    expect(parseCondition("w1 == 0x100000000")).toBe("condition: 4294967296 does not fit in 32 bits, the width of a wN register");
    expect(parseCondition("r1 == 0x10000000000000000")).toBe("condition: 0x10000000000000000 does not fit in 64 bits");
    expect(parseCondition("r11 == 1")).toMatch(/^condition: expected a register, a memory read or a number, found 'r11'/);
    expect(parseCondition("*(u24 *)(r10 - 4) == 1")).toBe("condition: expected u8, u16, u32 or u64, found 'u24'");
    expect(parseCondition("r1 == 1 2")).toBe("condition: expected the end of the condition, found '2'");
    expect(parseCondition("")).toBe("condition: expected a register, a memory read or a number at the end");
  });
});
