import { describe, expect, it } from "vitest";
import type { ListingRow, VerdictView } from "../../../protocol/index.ts";
import type { RegView } from "../../../core/verifier/view.ts";
import { hoverFor, stateRows, verifierHoverFor } from "./hover.ts";

const row = (pc: number, line: number, extra: Partial<ListingRow> = {}): ListingRow => ({
  pc,
  line,
  slots: 1,
  bytes: "95 00 00 00 00 00 00 00",
  text: "exit",
  form: "exit",
  description: "exit: return r0 to the caller.",
  ...extra,
});

describe("hoverFor", () => {
  it("shows the form, its description without the repeated name, and the bytes", () => {
    expect(hoverFor([row(0, 1), row(1, 2)], 2)).toEqual(["**exit** return r0 to the caller.", "insn 1: `95 00 00 00 00 00 00 00`"]);
  });

  it("shows nothing for a line without instructions", () => {
    expect(hoverFor([row(0, 1)], 3)).toBeUndefined();
  });

  it("says why bytes are not an instruction", () => {
    const bad = row(0, 1, { form: undefined, description: undefined, invalid: "unknown opcode 0xff" });
    expect(hoverFor([bad], 1)?.[0]).toBe("**invalid** unknown opcode 0xff");
  });
});

const reg = (type: string, r: Partial<RegView> = {}): RegView => ({ type, precise: false, written: false, off: 0, ...r });

// `r0 = r2` on line 2, `exit` on line 3; rejected at insn 0.
const verdict = {
  accepted: false,
  problems: [{ pc: 0, line: 2, message: "R2 !read_ok", code: "uninit-reg", params: { regno: 2 } }],
  states: [[{ frame: 0, regs: [{ no: 1, reg: reg("ctx") }, { no: 10, reg: reg("fp", { value: 0n }) }], slots: [] }], []],
  lines: [2, 3],
  cfg: { blocks: [{ id: 0, start: 0, last: 1, insns: [0, 1] }], blockOf: [0, 0] },
} as unknown as VerdictView;

describe("verifierHoverFor", () => {
  it("explains the rejection on its line and shows the state before the instruction", () => {
    expect(verifierHoverFor(verdict, 2)).toEqual([
      expect.stringMatching(/^\*\*Verifier:\*\* `R2 !read_ok` — The program reads register r2 before writing it on this path\..* \*Fix:\* Assign r2/),
      "**Verifier state before insn 0**",
      "```text\nr1   ctx  the context\nr10  fp   r10 (frame pointer)\n```",
    ]);
  });

  it("says when the verifier never reached an instruction, and shows nothing off the program", () => {
    expect(verifierHoverFor(verdict, 3)).toEqual(["**Verifier, insn 1:** not reached: the verifier stopped at the error at insn 0 before exploring a path here."]);
    expect(verifierHoverFor({ ...verdict, accepted: true, problems: [] }, 3)?.[0]).toMatch(/never reached: no path the verifier explored leads here/);
    expect(verifierHoverFor(verdict, 1)).toBeUndefined();
    expect(verifierHoverFor(undefined, 2)).toBeUndefined();
  });

  it("aligns a state's rows in columns", () => {
    const state = { frame: 0, regs: [{ no: 0, reg: reg("scalar", { value: 2n, written: true }) }, { no: 10, reg: reg("fp", { value: 0n }) }], slots: [{ off: -8, bytes: "mmmmmmmm" }] };
    expect(stateRows(state)).toBe("r0    scalar  2\nr10   fp      r10 (frame pointer)\nfp-8  stack   mmmmmmmm: 8 written");
  });
});
