import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import type { LineEntry, Program } from "../program.ts";
import { Debugger } from "./debugger.ts";
import { isStatementStart, lineStepUntil } from "./linestep.ts";
import { createMapSet } from "./mapset.ts";
import { createWorld } from "./world.ts";

// Assembly standing in for compiled C: each slot gets the C line (and statement flag) a
// compiler would give it.
//   10: int a = 0, n = 3;      pcs 0-1
//   11:   a += n; n--;         pcs 2-3   (loop body)
//   12: } while (n);           pc 4
//   13: a = sub(a);            pcs 5-6
//   14: return a;              pcs 7-8
//   20: sub: int r = x + 1;    pcs 9-10
//   21:   return r;            pc 11
const TEXT = `r1 = 0
r2 = 3
loop:
r1 += r2
r2 -= 1
if r2 != 0 goto loop
r1 = r1
call sub
r0 = r1
exit
sub:
r0 = r1
r0 += 1
exit`;
const C: [number, boolean][] = [
  [10, true],
  [10, false],
  [11, true],
  [11, false],
  [12, true],
  [13, true],
  [13, false],
  [14, true],
  [14, false],
  [20, true],
  [20, false],
  [21, true],
];

function program(): Program {
  const p = assemble(TEXT).program;
  expect(p.insns).toHaveLength(C.length);
  const lineTable: LineEntry[] = C.map(([line, stmt]) => ({ file: "prog.c", line, column: 1, stmt }));
  return { ...p, lines: C.map(([l]) => l), lineTable, functions: [{ name: "main", start: 0, end: 9 }, { name: "sub", start: 9, end: 12 }] };
}

function debuggerFor(p: Program): Debugger {
  const maps = createMapSet(p.maps, 2);
  if (typeof maps === "string") throw new Error(maps);
  return new Debugger({ program: p, progType: progTypeByName("raw_tracepoint")!, input: {}, maps, world: createWorld(1) });
}

const line = (dbg: Debugger) => C[dbg.run.machine.pc][0];

describe("stepping by C statement", () => {
  it("steps into: each statement, each loop iteration again, into the callee and back", () => {
    const dbg = debuggerFor(program());
    const lines: number[] = [line(dbg)];
    for (let k = 0; k < 20 && !dbg.finished; k++) {
      const stop = dbg.stepLine();
      if (stop.kind !== "step") break;
      lines.push(line(dbg));
    }
    // The loop runs three times; the call is line 13's last instruction, so sub returns to 14.
    expect(lines).toEqual([10, 11, 12, 11, 12, 11, 12, 13, 20, 21, 14]);
  });

  it("steps over a call: the callee runs whole", () => {
    const dbg = debuggerFor(program());
    while (line(dbg) !== 13) dbg.stepLine();
    expect(dbg.stepOverLine().kind).toBe("step");
    expect(line(dbg)).toBe(14);
    expect(dbg.run.machine.frames.length).toBe(1);
  });

  it("steps out of a callee to its caller, and out of the entry to the end", () => {
    const dbg = debuggerFor(program());
    while (line(dbg) !== 20) dbg.stepLine();
    expect(dbg.stepOutLine().kind).toBe("step");
    expect(dbg.run.machine.frames.length).toBe(1);
    expect(dbg.run.machine.pc).toBe(7);
    expect(dbg.stepOutLine().kind).toBe("exit");
  });

  it("stops at a breakpoint inside a call stepped over", () => {
    const dbg = debuggerFor(program());
    while (line(dbg) !== 13) dbg.stepLine();
    dbg.setBreakpoint(11);
    expect(dbg.stepOverLine()).toEqual({ kind: "breakpoint", pc: 11 });
  });

  it("stops where control enters another line even when its statement flag is missing", () => {
    const p = program();
    const table = p.lineTable!.map((e, pc) => (pc === 4 ? { ...e!, stmt: false } : e));
    const dbg = debuggerFor({ ...p, lineTable: table });
    dbg.stepLine();
    dbg.stepLine();
    expect(dbg.run.machine.pc).toBe(4);
  });

  it("steps one instruction at a time without a line table, and takes breaks in slices", () => {
    const p = assemble(TEXT).program;
    expect(isStatementStart({ ...p, lineTable: undefined }, 1)).toBe(true);
    const dbg = debuggerFor({ ...p, lineTable: undefined });
    dbg.stepLine();
    expect(dbg.run.machine.pc).toBe(1);
    const m = dbg.run.machine;
    const until = lineStepUntil(program(), "over", { pc: 0, depth: 1 }, () => ({ pc: m.pc, depth: m.frames.length }));
    expect(until()).toBe(false); // pc 1 is line 10 again, not a statement start
  });

  it("steps back by statement through exactly the stops a step into makes, in reverse", () => {
    const dbg = debuggerFor(program());
    const forward: number[] = [dbg.run.machine.pc];
    while (!dbg.finished && dbg.stepLine().kind === "step") forward.push(dbg.run.machine.pc);
    // From the end (the exit, inside line 14) back to the first statement, one statement per
    // step, loops and calls included.
    const back: number[] = [];
    for (let k = 0; k < 30 && dbg.stepBackLine().kind === "step"; k++) back.push(dbg.run.machine.pc);
    expect(back.reverse()).toEqual(forward);
    expect(dbg.run.machine.executed).toBe(0);
    expect(dbg.stepBackLine().kind).toBe("history_start");
  });

  it("steps back from the middle of a statement to its start, with the registers as they were", () => {
    const dbg = debuggerFor(program());
    dbg.stepLine(); // line 11, pc 2
    dbg.stepInto(); // pc 3, inside line 11
    expect(dbg.run.machine.pc).toBe(3);
    expect(dbg.stepBackLine().kind).toBe("step");
    expect(dbg.run.machine.pc).toBe(2);
    expect(dbg.changed).toEqual([1]);
  });
});
