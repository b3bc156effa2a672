import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { buildCfg } from "./index.ts";
import { stuckLoop } from "./stuck.ts";

const cfgOf = (text: string) => buildCfg(assemble(text).program);

// 0: r6 = len; 1: r1 = 0; 2: r1 += 1 (loop); 3: if r1 < r6 goto loop; 4..: after the loop
const ROTATED = "r6 = *(u32 *)(r1 + 0)\nr1 = 0\nloop:\nr1 += 1\nif r1 < r6 goto loop\nr0 = r1\nr0 &= 1\nexit";

// two loops one after the other: 1-2 (inner counting), then 3-5
const TWO = "r1 = 0\na:\nr1 += 1\nif r1 < 9 goto a\nb:\nr1 += 2\nr1 &= 7\nif r1 != 3 goto b\nr0 = 0\nexit";

describe("stuckLoop", () => {
  it("names the loop the path went round, not the instruction after it where the walk stopped", () => {
    const path = [0, 1, ...Array.from({ length: 50 }, () => [2, 3]).flat(), 4, 5];
    expect(stuckLoop(cfgOf(ROTATED), path)).toEqual({ header: 2, latch: 3, turns: 49 });
  });

  it("finds a loop closed by an unconditional jump", () => {
    const cfg = cfgOf("r0 = 0\nloop:\nr0 += 1\nif r0 > 5 goto out\ngoto loop\nout:\nexit");
    expect(stuckLoop(cfg, [0, 1, 2, 3, 1, 2, 3, 1, 2, 4])).toEqual({ header: 1, latch: 3, turns: 2 });
  });

  it("picks the loop crossed most; on a tie the one crossed last", () => {
    const cfg = cfgOf(TWO);
    const a = (n: number) => Array.from({ length: n }, () => [1, 2]).flat();
    const b = (n: number) => Array.from({ length: n }, () => [3, 4, 5]).flat();
    expect(stuckLoop(cfg, [0, ...a(8), ...b(3), 6])).toEqual({ header: 1, latch: 2, turns: 7 });
    expect(stuckLoop(cfg, [0, ...a(3), ...b(8)])).toEqual({ header: 3, latch: 5, turns: 7 });
    expect(stuckLoop(cfg, [0, ...a(3), ...b(3)])).toEqual({ header: 3, latch: 5, turns: 2 });
  });

  it("gives nothing for a path that crossed no back edge, or a graph without loops", () => {
    expect(stuckLoop(cfgOf(ROTATED), [0, 1, 2, 3, 4, 5])).toBeUndefined();
    expect(stuckLoop(cfgOf("r0 = 0\nexit"), [0, 1])).toBeUndefined();
    expect(stuckLoop(cfgOf(ROTATED), [])).toBeUndefined();
  });
});
