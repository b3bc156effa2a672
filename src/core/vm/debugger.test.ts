import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { Debugger } from "./debugger.ts";
import { createMapSet } from "./mapset.ts";
import type { MapSet } from "./mapset.ts";
import { snapshot } from "./snapshot.ts";
import { TCP_PACKET } from "./test_util.ts";
import { createWorld } from "./world.ts";

function session(text: string, type = "raw_tracepoint"): { dbg: Debugger; maps: MapSet } {
  const a = assemble(text);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const maps = createMapSet(a.program.maps, 2);
  if (typeof maps === "string") throw new Error(maps);
  const dbg = new Debugger({ program: a.program, progType: progTypeByName(type)!, input: { packet: TCP_PACKET }, maps, world: createWorld(1) });
  return { dbg, maps };
}

const reg = (dbg: Debugger, n: number) => dbg.run.machine.reg(n);

describe("the debugger", () => {
  const loop = `r0 = 0
r1 = 5
loop:
r0 += r1
*(u64 *)(r10 - 8) = r0
r1 -= 1
if r1 != 0 goto loop
exit`;

  it("steps one instruction at a time and marks what changed", () => {
    const { dbg, maps } = session(loop);
    dbg.stepInto();
    dbg.stepInto();
    expect(dbg.run.machine.pc).toBe(2);
    expect(reg(dbg, 1)).toBe(5n);
    expect(dbg.changed).toEqual([1]);
    const s = snapshot(dbg, maps);
    expect(s.regs[1]).toMatchObject({ hex: "0x0000000000000005", u64: "5", s64: "5" });
    expect(s.regs[10].points).toBe("stack fp");
  });

  it("steps back, restoring registers and memory, and continues backwards to a breakpoint", () => {
    const { dbg } = session(loop);
    for (let k = 0; k < 5; k++) dbg.stepInto(); // through the first store and r1 -= 1
    expect(reg(dbg, 1)).toBe(4n);
    const stack = () => dbg.run.machine.frames[0].stack.bytes[504];
    expect(stack()).toBe(5);
    dbg.stepBack();
    expect(reg(dbg, 1)).toBe(5n);
    dbg.stepBack();
    expect(stack()).toBe(0);
    expect(dbg.run.machine.pc).toBe(3);
    dbg.setBreakpoint(1);
    expect(dbg.continueBack()).toEqual({ kind: "breakpoint", pc: 1 });
    expect(dbg.historyLength).toBe(1);
    expect(dbg.continueBack()).toEqual({ kind: "history_start" });
  });

  it("continues to breakpoints, with conditions on registers and memory", () => {
    const { dbg } = session(loop);
    expect(dbg.setBreakpoint(5, "r1 == 2")).toBeUndefined();
    expect(dbg.continue()).toEqual({ kind: "breakpoint", pc: 5 });
    expect(reg(dbg, 1)).toBe(2n);
    dbg.clearBreakpoint(5);
    dbg.setBreakpoint(3, "*(u64 *)(r10 - 8) > 12");
    // stops before the store: memory holds the previous iteration's 14, r0 already 15
    expect(dbg.continue()).toEqual({ kind: "breakpoint", pc: 3 });
    expect(reg(dbg, 0)).toBe(15n);
    dbg.clearBreakpoint(3);
    expect(dbg.continue()).toEqual({ kind: "exit", r0: 15n });
    expect(dbg.setBreakpoint(1, "r1 ===")).toMatch(/^condition: expected/);
  });

  it("steps over and out of bpf-to-bpf calls", () => {
    const { dbg } = session("r1 = 1\ncall f\nr0 += 1\nexit\nf:\nr0 = r1\nr0 += 10\nexit");
    dbg.stepInto();
    expect(dbg.stepOver()).toEqual({ kind: "step" });
    expect(dbg.run.machine.pc).toBe(2);
    expect(reg(dbg, 0)).toBe(11n);
    dbg.reset();
    dbg.stepInto();
    dbg.stepInto(); // into f
    expect(dbg.run.machine.frames.length).toBe(2);
    dbg.stepOut();
    expect(dbg.run.machine.frames.length).toBe(1);
    expect(dbg.run.machine.pc).toBe(2);
    dbg.stepBack(); // back into f, at its exit
    expect(dbg.run.machine.frames.length).toBe(2);
    expect(dbg.run.machine.pc).toBe(6);
  });

  it("undoes map updates and trace output done by helpers", () => {
    const text = `.map counts, type=hash, key_size=4, value_size=8, max_entries=4
*(u32 *)(r10 - 4) = 1
*(u64 *)(r10 - 16) = 7
r1 = map[counts] ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 0
call bpf_map_update_elem
exit`;
    const { dbg, maps } = session(text);
    expect(dbg.continue()).toMatchObject({ kind: "exit" });
    expect(maps.maps[0].entries(0)).toHaveLength(1);
    dbg.stepBack();
    dbg.stepBack();
    expect(maps.maps[0].entries(0)).toHaveLength(0);
    expect(dbg.run.machine.stopped).toBeUndefined();
  });

  it("pauses after maxSteps so a caller can yield, and the budget still stops a fast run", () => {
    const { dbg } = session("l: goto l");
    expect(dbg.continue(100)).toEqual({ kind: "paused" });
    expect(dbg.historyLength).toBe(100);
    expect(dbg.run.machine.run(1000)).toEqual({ kind: "budget" });
  });

  it("bounds the history", () => {
    const a = assemble("l: goto l").program;
    const maps = createMapSet([], 1) as MapSet;
    const dbg = new Debugger({ program: a, progType: progTypeByName("raw_tracepoint")!, input: {}, maps, world: createWorld(1), historyLimit: 10 });
    dbg.continue(25);
    expect(dbg.historyLength).toBe(10);
  });
});
