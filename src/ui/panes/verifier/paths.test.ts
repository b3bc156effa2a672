import { describe, expect, it } from "vitest";
import type { FrameView } from "../../../core/verifier/view.ts";
import { branchTest, insnTexts, origin, pathLabels, problemReg } from "./paths.ts";

const state = (o: Partial<FrameView>): FrameView => ({ frame: 0, regs: [], slots: [], ...o });
const text = (pc: number) => (pc === 12 ? "if r1 > r2 goto +3" : pc === 4 ? "may_goto +2" : undefined);

describe("path labels", () => {
  it("names the branch a path came from and which way it went", () => {
    const l = pathLabels([state({}), state({ from: { pc: 12, taken: true } }), state({ from: { pc: 12, taken: false } })], text);
    expect(l.map((x) => x.text)).toEqual(["from the entry", "from 12 (if r1 > r2, taken)", "from 12 (if r1 > r2, not taken)"]);
    expect(l[1].pc).toBe(12);
    expect(l[0].pc).toBeUndefined();
  });

  it("numbers paths that would read the same (a loop's iterations)", () => {
    const s = state({ from: { pc: 4, taken: false } });
    expect(pathLabels([s, s, state({ from: { pc: 9, taken: true } })], text).map((x) => x.text)).toEqual([
      "from 4 (may_goto +2, not taken) #1",
      "from 4 (may_goto +2, not taken) #2",
      "from 9 (taken)",
    ]);
  });

  it("names the value a split AND or OR gave its register on each path (maybe_fork_scalars)", () => {
    const t = (pc: number) => (pc === 4 ? "r3 &= -16" : pc === 7 ? "r3 |= 8" : undefined);
    const l = pathLabels([state({ from: { pc: 4, taken: false, split: { value: -1, low32: false } } }), state({ from: { pc: 4, taken: false, split: { value: 0, low32: false } } }), state({ from: { pc: 7, taken: false, split: { value: 0, low32: true } } })], t);
    expect(l.map((x) => x.text)).toEqual(["from 4 (r3 &= -16, r3 = -1)", "from 4 (r3 &= -16, r3 = 0)", "from 7 (r3 |= 8, w3 = 0)"]);
  });

  it("keeps the test of a jump, not its target", () => {
    expect(branchTest("if r1 s> 0x10 goto out")).toBe("if r1 s> 0x10");
    expect(branchTest("if w2 == 0 goto → 8")).toBe("if w2 == 0");
  });
});

describe("origins", () => {
  it("tells the instruction that wrote a register, the entry, or nothing when not tracked", () => {
    const s = state({ by: [3, -1] });
    expect(origin(s, 0)).toEqual({ pc: 3 });
    expect(origin(s, 1)).toBe("entry");
    expect(origin(state({}), 0)).toBeUndefined();
  });

  it("finds the register a rejection is about", () => {
    expect(problemReg({ message: "R2 !read_ok", params: { regno: 2 } })).toBe(2);
    expect(problemReg({ message: "invalid mem access 'scalar' R3", params: {} })).toBe(3);
    expect(problemReg({ message: "BPF program is too large", params: {} })).toBeUndefined();
  });
});

describe("instruction texts", () => {
  it("reads each instruction's text from the verdict's graph, not the elided lines", () => {
    const t = insnTexts({ blocks: [{ textPcs: [0, 1, -1, 9, 10], text: [" 0  r0 = 0", " 1  if r1 > 2 goto out", "    ⋯ 7 more", " 9  r1 = *(u32 *)(r10 - 8) + a long…", "10  exit"] }] as never });
    expect([...t]).toEqual([
      [0, "r0 = 0"],
      [1, "if r1 > 2 goto out"],
      [10, "exit"],
    ]);
  });
});
