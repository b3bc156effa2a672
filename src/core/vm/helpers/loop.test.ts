// bpf_loop and the machine's callbacks, beyond what the kernel differential checks
// (test/kernel/programs/helper_loop.s): the debugger steps over the whole loop in one step and
// back, a fault inside a callback names the callback's instruction, a wild callback address is
// a fault, and the JIT and the interpreter agree.
import { describe, expect, it } from "vitest";
import { assemble } from "../../asm/index.ts";
import { progTypeByName } from "../../isa/progtypes.ts";
import { Debugger } from "../debugger.ts";
import { createMapSet } from "../mapset.ts";
import { Run } from "../run.ts";
import { runAsm } from "../test_util.ts";
import { createWorld } from "../world.ts";

const SUM = `
  *(u64 *)(r10 - 8) = 0
  r6 = 7
  r1 = 4
  r2 = func[add] ll
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_loop
  r1 = *(u64 *)(r10 - 8)
  r0 *= 1000
  r0 += r1
  r0 += r6
  exit
add:
  r6 = 100                      ; the callee's r6: the caller's comes back
  r3 = *(u64 *)(r2 + 0)
  r3 += r1
  *(u64 *)(r2 + 0) = r3
  r0 = 0
  exit`;

describe("bpf_loop", () => {
  it("calls the callback nr_loops times with the index and the context; r6-r9 survive", () => {
    // 4 calls, 0+1+2+3 = 6, r6 still 7
    expect(runAsm(SUM).r0).toBe(4013n);
  });

  it("gives the same, instruction count included, in the interpreter as compiled", () => {
    const results = [true, false].map((jit) => {
      const a = assemble(SUM);
      const maps = createMapSet(a.program.maps, 1);
      if (typeof maps === "string") throw new Error(maps);
      const run = new Run({ program: a.program, progType: progTypeByName("raw_tracepoint")!, input: {}, maps, world: createWorld(1) });
      run.machine.jit = jit;
      const stop = run.run();
      return { stop, executed: run.machine.executed };
    });
    expect(results[0]).toEqual({ stop: { kind: "exit", r0: 4013n }, executed: results[1].executed });
    expect(results[1].stop).toEqual(results[0].stop);
  });

  it("is one debugger step, and one step back", () => {
    const a = assemble(SUM);
    const maps = createMapSet(a.program.maps, 1);
    if (typeof maps === "string") throw new Error(maps);
    const dbg = new Debugger({ program: a.program, progType: progTypeByName("raw_tracepoint")!, input: {}, maps, world: createWorld(1) });
    const callPc = a.program.insns.findIndex((i) => i.code === 0x85);
    while (dbg.run.machine.pc !== callPc) dbg.stepInto();
    dbg.stepInto();
    const m = dbg.run.machine;
    expect(m.pc).toBe(callPc + 1);
    expect(m.reg(0)).toBe(4n);
    expect(m.reg(6)).toBe(7n);
    expect(m.frames.length).toBe(1);
    expect(m.frames[0].stack.view.getBigUint64(504, true)).toBe(6n);
    dbg.stepBack();
    expect(m.pc).toBe(callPc);
    expect(m.frames[0].stack.view.getBigUint64(504, true)).toBe(0n);
  });

  it("faults inside the callback at the callback's instruction", () => {
    const r = runAsm(`
  r1 = 3
  r2 = func[bad] ll
  r3 = 0
  r4 = 0
  call bpf_loop
  exit
bad:
  r0 = *(u64 *)(r2 + 0)
  exit`);
    expect(r.fault?.kind).toBe("memory");
    expect(r.fault?.pc).toBe(7);
  });

  it("refuses a callback that is not a function address", () => {
    const r = runAsm(`
  r1 = 1
  r2 = 42
  r3 = 0
  r4 = 0
  call bpf_loop
  exit`);
    expect(r.fault?.message).toMatch(/bpf_loop: R2 is not the address of a function/);
  });

  it("stops a callback that never returns with the run's budget", () => {
    const r = runAsm(`
  r1 = 1
  r2 = func[spin] ll
  r3 = 0
  r4 = 0
  call bpf_loop
  exit
spin:
  goto spin`);
    expect(r.fault?.kind).toBe("budget");
  });
});

describe("bpf_loop's budget", () => {
  it("counts every callback together: 8M short calls stop at the run's budget", () => {
    const r = runAsm(`
  r1 = 0x800000
  r2 = func[nop] ll
  r3 = 0
  r4 = 0
  call bpf_loop
  exit
nop:
  r0 = 0
  exit`, { budget: 100_000 });
    expect(r.fault?.kind).toBe("budget");
    expect(r.insnsExecuted).toBeLessThan(1_200_000);
  });
});
