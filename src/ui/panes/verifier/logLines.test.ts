import { describe, expect, it } from "vitest";
import { highlight, logLines, nextMatch, searchLines } from "./logLines.ts";

// the shape of a log_level 2 log of a C program (core/verifier/log.ts)
const LOG = [
  "func#0 @0",
  "Live regs before insn:",
  "      0: .1........ (61) r2 = *(u32 *)(r1 +0)",
  "      1: ..2....... (25) if r2 > 0xa goto pc+1",
  "0: R1=ctx() R10=fp0",
  "; int x = skb->len; @ prog.c:4",
  "0: (61) r2 = *(u32 *)(r1 +0)          ; R1=ctx() R2=scalar()",
  "1: (25) if r2 > 0xa goto pc+1",
  "2: (95) exit",
  "R0 !read_ok",
  "",
  "from 1 to 3: R1=ctx() R2=scalar(smin=11) R10=fp0",
  "3: R1=ctx() R2=scalar(smin=11) R10=fp0",
  "3: (95) exit",
  "processed 4 insns (limit 1000000)",
  "",
].join("\n");

describe("logLines", () => {
  const l = logLines(LOG);

  it("gives each line the instruction it is about", () => {
    expect(l.lines).toHaveLength(15);
    expect(Array.from(l.pcs)).toEqual([-1, -1, 0, 1, 0, 0, 0, 1, 2, -1, -1, 3, 3, 3, -1]);
  });

  it("finds an instruction's first and last lines at the margin (not the liveness listing)", () => {
    expect(l.first(0)).toBe(4);
    expect(l.last(0)).toBe(6);
    expect(l.first(3)).toBe(12);
    expect(l.first(9)).toBe(-1);
  });

  it("maps a source line to the instruction after it, even after a blank", () => {
    const x = logLines("; a @ p.c:1\n; b @ p.c:2\n5: (b7) r0 = 0\n");
    expect(Array.from(x.pcs)).toEqual([5, 5, 5]);
  });

  it("handles a log of 20,000 lines quickly", () => {
    const big = Array.from({ length: 20_000 }, (_, k) => `${k % 7}: (07) r1 += 1                  ; R1_w=${k}`).join("\n");
    const t0 = performance.now();
    const x = logLines(big);
    expect(x.lines).toHaveLength(20_000);
    expect(x.last(6)).toBe(19_998);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("search", () => {
  const lines = ["0: (bf) r0 = r2", "R2 !read_ok", "processed 1 insns"];

  it("finds lines in any case, none for an empty query", () => {
    expect(searchLines(lines, "r2")).toEqual([0, 1]);
    expect(searchLines(lines, "READ_OK")).toEqual([1]);
    expect(searchLines(lines, "  ")).toEqual([]);
  });

  it("goes to the next and the previous match, wrapping around", () => {
    expect(nextMatch([2, 5, 9], 5, true)).toBe(9);
    expect(nextMatch([2, 5, 9], 9, true)).toBe(2);
    expect(nextMatch([2, 5, 9], 5, false)).toBe(2);
    expect(nextMatch([2, 5, 9], 2, false)).toBe(9);
    expect(nextMatch([2, 5, 9], -1, true)).toBe(2);
    expect(nextMatch([], 0, true)).toBe(-1);
  });

  it("splits a line around its matches", () => {
    expect(highlight("R2 !read_ok r2", "r2")).toEqual(["", "R2", " !read_ok ", "r2", ""]);
    expect(highlight("abc", "")).toEqual(["abc"]);
  });
});
