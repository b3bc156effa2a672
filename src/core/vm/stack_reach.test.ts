// lowestStackWrite must never answer too high: a runner clears only [lowest, 512) between inputs.
// Known shapes first, then random programs made of the shapes it follows (and some it does not),
// each run by the interpreter on a stack filled with a marker: every byte below the answer must
// still hold the marker after the run.
import { describe, expect, it } from "vitest";
import { helperByName, insn } from "../isa/index.ts";
import type { Insn } from "../isa/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { assemble } from "../asm/index.ts";
import { createMapSet } from "./mapset.ts";
import type { MapSet } from "./mapset.ts";
import { Run } from "./run.ts";
import { lowestStackWrite } from "./stack_reach.ts";
import { createWorld } from "./world.ts";
import { rng } from "../../../test/support/forms.ts";

const low = (text: string) => lowestStackWrite(assemble(`.section xdp\n${text}\nexit\n`).program.insns);
const COMM = helperByName("get_current_comm")!.id;

describe("lowestStackWrite", () => {
  it("follows r10 and pointers copied from it within a straight run", () => {
    expect(low("r0 = 0")).toBe(512);
    expect(low("r0 = *(u32 *)(r10 - 64)\nr0 = 0")).toBe(512); // reads write nothing
    expect(low("*(u32 *)(r10 - 4) = 1\nr0 = 0")).toBe(508);
    expect(low("r2 = r10\nr2 += -16\n*(u64 *)(r2 + 0) = 0\nr2 += 4\n*(u8 *)(r2 - 8) = 1\nr0 = 0")).toBe(492);
    expect(low("r1 = r10\nr1 += -24\nr2 = 16\ncall bpf_get_current_comm\nr0 = 0")).toBe(488);
    expect(low("r3 = r10\nr3 -= 40\nr1 = r3\n*(u32 *)(r1 + 0) = 7\nr0 = 0")).toBe(472);
  });

  it("gives up (0) on what it does not follow", () => {
    expect(low("r2 = r10\nr2 += -8\nif r0 == 0 goto +0\n*(u64 *)(r2 + 0) = 1\nr0 = 0")).toBe(0); // alive at a jump
    expect(low("r2 = r10\nr2 *= 2\nr0 = 0")).toBe(0); // other arithmetic
    expect(low("r2 = r10\n*(u64 *)(r10 - 8) = r2\nr0 = 0")).toBe(0); // stored
    expect(low("*(u64 *)(r10 - 8) = r10\nr0 = 0")).toBe(0);
    expect(low("r2 = r10\nr2 += r3\nr0 = 0")).toBe(0);
    expect(low("r1 = r10\ncall bpf_tail_call\nr0 = 0")).toBe(0);
  });
});

/** Random programs of stack stores, copies and moves of r10, helper calls writing through a pointer, and jumps. */
function randomProgram(r: () => number): Insn[] {
  const out: Insn[] = [];
  const reg = () => 1 + Math.floor(r() * 5);
  const n = 4 + Math.floor(r() * 24);
  while (out.length < n) {
    const x = r();
    const d = reg();
    const off = -Math.floor(r() * 80);
    if (x < 0.15) out.push(insn(0xbf, d, 10)); // rd = r10
    else if (x < 0.3) out.push(insn(0x07, d, 0, 0, -Math.floor(r() * 48) + 8)); // rd += k
    else if (x < 0.35) out.push(insn(0x17, d, 0, 0, Math.floor(r() * 48) - 8)); // rd -= k
    else if (x < 0.45) out.push(insn(0x7a, r() < 0.5 ? 10 : d, 0, off, 0x11)); // *(u64 *)(rd + off) = imm
    else if (x < 0.55) out.push(insn(0x63, r() < 0.5 ? 10 : d, reg(), off)); // *(u32 *)(rd + off) = rs
    else if (x < 0.6) out.push(insn(0xdb, d, reg(), off, 0)); // lock *(u64 *)(rd + off) += rs
    else if (x < 0.65) out.push(insn(0xbf, d, reg())); // rd = rs
    else if (x < 0.7) out.push(insn(0x27, d, 0, 0, 3)); // rd *= 3
    else if (x < 0.78) out.push(insn(0xb7, 2, 0, 0, 1 + Math.floor(r() * 40)), insn(0x85, 0, 0, 0, COMM)); // comm into r1
    else if (x < 0.88) out.push(insn(0x15, reg(), 0, Math.floor(r() * 6) - 2, Math.floor(r() * 3))); // a jump
    else out.push(insn(0xb7, d, 0, 0, Math.floor(r() * 100))); // rd = k
  }
  out.push(insn(0xb7, 0, 0, 0, 0), insn(0x95));
  return out;
}

describe("lowestStackWrite against runs", () => {
  it("no run of 3,000 random programs writes below the answer", () => {
    const r = rng(4242);
    let followed = 0;
    let wroteNear = 0;
    for (let k = 0; k < 3000; k++) {
      const insns = randomProgram(r);
      const answer = lowestStackWrite(insns);
      const program = { insns, maps: [], lines: insns.map(() => 0), symbols: [] };
      const run = new Run({ program, progType: progTypeByName("raw_tracepoint")!, input: {}, maps: createMapSet([], 1) as MapSet, world: createWorld(3) });
      run.machine.jit = false;
      const stack = run.machine.frames[0].stack.bytes;
      stack.fill(0xa5);
      run.run(2_000);
      const first = stack.findIndex((b) => b !== 0xa5);
      const lowest = first < 0 ? 512 : first;
      expect(lowest, `program ${k}: ${insns.map((i) => `${i.code.toString(16)}:${i.dst},${i.src},${i.off},${i.imm}`).join(" ")}`).toBeGreaterThanOrEqual(answer);
      if (answer > 0) followed++;
      if (answer > 0 && lowest < 512 && lowest - answer < 8) wroteNear++;
    }
    // the corpus must have programs the analysis follows, with writes close to its answer
    expect(followed).toBeGreaterThan(300);
    expect(wroteNear).toBeGreaterThan(100);
  });
});
