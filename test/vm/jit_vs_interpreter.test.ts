// The compiler (jit.ts) against the interpreter, the reference: thousands of random
// programs, each run both ways; registers, stack, r0, instruction count and faults must agree.
import { describe, expect, it } from "vitest";
import { build, OPS } from "../../src/core/isa/index.ts";
import type { Insn } from "../../src/core/isa/index.ts";
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import { createMapSet } from "../../src/core/vm/mapset.ts";
import type { MapSet } from "../../src/core/vm/mapset.ts";
import { compile } from "../../src/core/vm/jit.ts";
import { predecode } from "../../src/core/vm/decode.ts";
import { Run } from "../../src/core/vm/run.ts";
import { createWorld } from "../../src/core/vm/world.ts";
import { instance, rng } from "../support/forms.ts";

// Forms that make sense in a random straight-line-plus-jumps program.
const forms = OPS.filter((s) => ["alu", "mov", "movsx", "neg", "end", "jcc", "ja", "ldx", "ldxsx", "st", "stx", "atomic", "lddw"].includes(s.kind) && !(s.kind === "lddw" && s.id !== "lddw"));

function randomProgram(r: () => number, len: number, forward = false): Insn[] {
  const out: Insn[] = [];
  while (out.length < len) {
    const s = forms[Math.floor(r() * forms.length)];
    let slots = instance(s, r);
    const i = slots[0];
    // keep jumps inside the program, memory on the stack most of the time, and r10 read-only
    if (s.kind === "jcc" || s.kind === "ja") slots = [{ ...i, off: forward ? Math.floor(r() * Math.max(1, len - out.length)) : Math.floor(r() * (len + 4)) - Math.floor(len / 2) }];
    if (forward && s.kind === "ja" && s.id !== "ja") continue; // gotol's target is in imm
    if (s.kind === "ldx" || s.kind === "ldxsx") slots = [{ ...i, src: r() < 0.8 ? 10 : i.src, off: -8 * (1 + Math.floor(r() * 8)) }];
    if (s.kind === "st" || s.kind === "stx" || s.kind === "atomic") slots = [{ ...i, dst: r() < 0.8 ? 10 : i.dst, off: -8 * (1 + Math.floor(r() * 8)) }];
    if (slots[0].dst === 10 && !["st", "stx", "atomic", "jcc"].includes(s.kind)) continue;
    if (r() < 0.05) slots = build("call", { imm: r() < 0.5 ? 7 : 5 }); // get_prandom_u32, ktime_get_ns
    out.push(...slots);
  }
  out.push(...build("exit"));
  return out;
}

function runBoth(insns: Insn[], budget: number) {
  const program = { insns, maps: [], lines: insns.map(() => 0), symbols: [] };
  const results = [false, true].map((jit) => {
    const run = new Run({ program, progType: progTypeByName("raw_tracepoint")!, input: {}, maps: createMapSet([], 1) as MapSet, world: createWorld(7) });
    // some registers start with values so arithmetic has something to chew on
    for (let k = 1; k < 10; k++) run.machine.setReg(k, BigInt(k * 0x1234567) << BigInt(k * 3));
    run.machine.jit = jit;
    run.machine.jitMinBudget = 1; // compile even short runs, so budget edges inside blocks are tested
    const stop = run.run(budget);
    const m = run.machine;
    return {
      stop: stop.kind === "fault" ? { kind: "fault", pc: stop.fault.pc, message: stop.fault.message } : stop,
      pc: m.pc,
      executed: m.executed,
      regs: Array.from({ length: 11 }, (_, k) => m.reg(k).toString(16)),
      stack: Buffer.from(m.frames[0].stack.bytes).toString("hex"),
    };
  });
  return results;
}

describe("the compiler agrees with the interpreter", () => {
  it("on 3,000 random programs with forward jumps only (the straight function of jit.ts runs them)", () => {
    const r = rng(2718);
    let straight = 0;
    let exits = 0;
    for (let k = 0; k < 3000; k++) {
      const insns = randomProgram(r, 4 + Math.floor(r() * 40), true);
      const code = predecode(insns);
      if (compile(code, {}).entry) straight++;
      const [interp, jit] = runBoth(insns, 20_000);
      expect(jit, `program ${k}: ${Buffer.from(insns.flatMap((i) => [i.code, i.dst | (i.src << 4)])).toString("hex")}`).toEqual(interp);
      if (interp.stop.kind === "exit") exits++;
    }
    expect(straight).toBeGreaterThan(2000);
    expect(exits).toBeGreaterThan(300);
  });

  it("on 3,000 random programs", () => {
    const r = rng(31337);
    let faults = 0;
    let exits = 0;
    for (let k = 0; k < 3000; k++) {
      const insns = randomProgram(r, 4 + Math.floor(r() * 40));
      // long runs, and short ones that end inside a block
      const budget = k % 2 ? 20_000 : 1 + Math.floor(r() * 60);
      const [interp, jit] = runBoth(insns, budget);
      expect(jit, `program ${k}: ${Buffer.from(insns.flatMap((i) => [i.code, i.dst | (i.src << 4)])).toString("hex")}`).toEqual(interp);
      if (interp.stop.kind === "fault") faults++;
      if (interp.stop.kind === "exit") exits++;
    }
    // the corpus must exercise both endings, or it proves little
    expect(faults).toBeGreaterThan(100);
    expect(exits).toBeGreaterThan(100);
  });
});
