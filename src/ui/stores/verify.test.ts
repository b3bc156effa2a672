import { describe, expect, it } from "vitest";
import type { VerdictView, Verified } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { blockLines, errorPc, follow, insnStarts, pcsOnLine, useVerify } from "./verify.ts";

// line 1: r1 = 0x1122334455667788 ll (slots 0, 1) · line 3: r0 = 0 (slot 2) · line 4: exit (slot 3)
const verdict = {
  accepted: true,
  problems: [],
  lines: [1, 1, 3, 4],
  cfg: { blocks: [{ id: 0, start: 0, last: 3, insns: [0, 2, 3] }], blockOf: [0, 0, 0, 0] },
} as unknown as VerdictView;

describe("instructions and lines", () => {
  it("counts an ld_imm64 once, by its first slot", () => {
    expect(insnStarts(verdict)).toEqual([0, 2, 3]);
    expect(pcsOnLine(verdict, 1)).toEqual([0]);
    expect(pcsOnLine(verdict, 2)).toEqual([]);
  });

  it("gives a block's lines, first to last", () => {
    expect(blockLines(verdict, { insns: [0, 2, 3] })).toEqual({ from: 1, to: 4 });
    expect(blockLines({ lines: [0] }, { insns: [0] })).toBeUndefined();
  });
});

describe("follow", () => {
  it("selects the cursor line's first instruction, and keeps a selection on that line", () => {
    expect(follow(verdict, undefined, 3)).toBe(2);
    expect(follow(verdict, 3, 4)).toBe(3);
  });

  it("keeps the selection on a line without instructions, or starts at the first instruction", () => {
    expect(follow(verdict, 3, 2)).toBe(3);
    expect(follow(verdict, undefined, 2)).toBe(0);
    expect(follow(verdict, 1, 2)).toBe(0); // an ld_imm64's second slot is no instruction
    expect(follow(undefined, 3, 3)).toBeUndefined();
  });
});

describe("the verify store", () => {
  const reply = (o: Partial<Verified>): Verified => ({ type: "verified", v: PROTOCOL_VERSION, id: 1, ...o });

  it("keeps the newest verdict, and drops it when the text stops assembling", () => {
    const s = useVerify.getState();
    s.pending();
    expect(useVerify.getState().status).toBe("verifying");
    s.verified(reply({ verdict }), 3);
    expect(useVerify.getState()).toMatchObject({ status: "ready", verdict, selectedPc: 2 });
    s.followCursor(4);
    expect(useVerify.getState().selectedPc).toBe(3);
    s.verified(reply({ skipped: "the program has assembly errors: fix them first" }), 4);
    expect(useVerify.getState()).toMatchObject({ status: "skipped", verdict: undefined, selectedPc: undefined });
    s.failed("boom");
    expect(useVerify.getState()).toMatchObject({ status: "failed", failure: "boom" });
  });

  it("opens a rejection at its instruction, whatever the cursor's line", () => {
    const rejected = { ...verdict, accepted: false, states: [[], [], [], []], problems: [{ pc: 3, line: 4, message: "R0 !read_ok", code: "uninit-reg", params: { regno: 0 } }] } as unknown as VerdictView;
    expect(errorPc(rejected)).toBe(3);
    expect(errorPc(verdict)).toBeUndefined();
    useVerify.getState().verified(reply({ verdict: rejected }), 1);
    expect(useVerify.getState().selectedPc).toBe(3);
    // the cursor moving afterwards takes the selection with it again
    useVerify.getState().followCursor(3);
    expect(useVerify.getState().selectedPc).toBe(2);
  });
});
