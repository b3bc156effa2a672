import { describe, expect, it } from "vitest";
import { parseBprintf } from "./bprintf.ts";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** The conversions found, or "EINVAL". */
const parse = (fmt: string, args: number) => parseBprintf(bytes(fmt), args)?.map((s) => `${s.flags}${s.width || ""}${s.long ? "l" : ""}${s.conv}`) ?? "EINVAL";

// the accepted and refused formats (test/verifier/programs/*snprintf_format*.s) are the kernel's answers
describe("bpf_bprintf_prepare's format language", () => {
  it("finds integer, character, string and pointer conversions, one argument each", () => {
    expect(parse("%d %s!\n", 2)).toEqual(["d", "s"]);
    expect(parse("%-08d%+5lld% lu%X", 4)).toEqual(["-08d", "+5ld", " lu", "X"]);
    expect(parse("%pI4%pks%px%pK%p.", 5)).toEqual(["pI4", "pks", "px", "pK", "p"]);
    expect(parse("%pi6 %pus %pS %ps %pB %c", 6)).toEqual(["pi6", "pus", "pS", "ps", "pB", "c"]);
    expect(parse("100%% done", 0)).toEqual([]);
    expect(parse("caf\xc3\xa9 %c", 1)).toEqual(["c"]);
    expect(parse("%d", 3)).toEqual(["d"]);
  });
  it("refuses what the kernel refuses", () => {
    for (const [fmt, n] of [["%d %d", 1], ["%u", 0], ["%f", 1], ["%.2d", 1], ["%sx", 1], ["%pa", 1], ["a\x01b", 0], ["%lc", 1], ["abc%", 1], ["%pks1", 1], ["%\xc3", 1]] as const) {
      expect(parse(fmt, n), JSON.stringify(fmt)).toBe("EINVAL");
    }
  });
  it("places each conversion in the format", () => {
    expect(parseBprintf(bytes("a%5dz%pI4"), 2)!.map((s) => [s.start, s.end])).toEqual([[1, 4], [5, 9]]);
  });
});
