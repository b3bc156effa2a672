import { describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { assembleRequest } from "./assemble.ts";

const request = (text: string, id = 7) => ({ type: "assemble", v: PROTOCOL_VERSION, id, text, dialect: "llvm" }) as const;

describe("assembleRequest", () => {
  it("answers with the listing, its source lines and the forms' descriptions", () => {
    const r = assembleRequest(request("r0 = 1\n\nexit"));
    expect(r).toMatchObject({ type: "assembled", v: PROTOCOL_VERSION, id: 7, diagnostics: [], lines: [1, 3], slots: 2 });
    expect(r.listing.map(({ pc, line, bytes, text, form }) => ({ pc, line, bytes, text, form }))).toEqual([
      { pc: 0, line: 1, bytes: "b7 00 00 00 01 00 00 00", text: "r0 = 1", form: "mov64_imm" },
      { pc: 1, line: 3, bytes: "95 00 00 00 00 00 00 00", text: "exit", form: "exit" },
    ]);
    expect(r.listing[0].description).toContain("mov64_imm");
  });

  it("reports every bad line and still lists the good ones", () => {
    const r = assembleRequest(request("r0 = = 5\nr0 = 1\nfrobnicate\nexit"));
    expect(r.diagnostics.map((d) => d.span?.line)).toEqual([1, 3]);
    expect(r.listing.map((l) => l.line)).toEqual([2, 4]);
  });

  it("counts an ld_imm64 as one row of two slots", () => {
    const r = assembleRequest(request("r1 = 0x1122334455667788 ll\nexit"));
    expect(r.slots).toBe(3);
    expect(r.listing.map((l) => [l.pc, l.slots])).toEqual([
      [0, 2],
      [2, 1],
    ]);
    expect(r.lines).toEqual([1, 1, 2]);
  });
});
