import { describe, expect, it } from "vitest";
import type { ListingRow } from "../../../protocol/index.ts";
import { hoverFor } from "./hover.ts";

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
