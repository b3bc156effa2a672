import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { walkOfLog } from "./walk.ts";

describe("walkOfLog", () => {
  const log = [
    "0: R1=ctx() R10=fp0",
    "0: (b7) r0 = 0",
    "1: (15) if r1 == 0x0 goto pc+2",
    "2: (b7) r0 = 1",
    "3: (95) exit",
    "from 1 to 4: R0=0 R1=ctx() R10=fp0",
    "4: (61) r2 = *(u32 *)(r3 +0)",
    "R3 !read_ok",
    "processed 5 insns (limit 1000000)",
  ].join("\n");

  it("follows the failing stretch back through the branches it resumed", () => {
    const w = walkOfLog(log);
    expect(w.visited).toEqual([0, 1, 2, 3, 4]);
    expect(w.lastPath).toEqual([0, 1, 4]);
  });

  it("is the whole walk when no branch was resumed", () => {
    expect(walkOfLog("0: (b7) r0 = 0\n1: (95) exit\nprocessed 2 insns").lastPath).toEqual([0, 1]);
  });

  it("carries the state along the walk with the changes printed after each instruction", () => {
    const text = readFileSync(fileURLToPath(new URL("../../../../e2e/fixtures/two_progs.log", import.meta.url)), "utf8");
    const w = walkOfLog(text);
    expect(w.before.map((s) => s.pc)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(w.before[0]).toMatchObject({ derived: false, values: { R1: "ctx()", R10: "fp0" } });
    // before 6: r3 as compared at 5 (r=14), and r1, a packet pointer of the same id the log did not
    // print there, widened as the kernel widens it (its error names R1(id=0,off=20,r=14))
    expect(w.before[6]).toMatchObject({ derived: true, values: { R0: "0", R1: "pkt(r=14)", R2: "pkt_end()", R3: "pkt(off=14,r=14)", R10: "fp0" } });
  });

  it("drops R1-R5 at a call", () => {
    const w = walkOfLog("0: R1=ctx() R2=1 R10=fp0\n0: (85) call bpf_get_prandom_u32#7      ; R0=scalar()\n1: (95) exit\nprocessed 2 insns");
    expect(w.before[1].values).toEqual({ R10: "fp0", R0: "scalar()" });
  });
});
