import { describe, expect, it } from "vitest";
import { BAND_COUNT, bandsOf, firstRowOf } from "./bands.ts";

describe("bandsOf", () => {
  it("colours each line by its first appearance, shares a line's colour across its instructions, and cycles", () => {
    const rows = [7, 7, 9, 0, 7, 12, ...Array.from({ length: BAND_COUNT }, (_, k) => 20 + k)].map((line, pc) => ({ line, pc }));
    const b = bandsOf(rows);
    expect([b.get(7), b.get(9), b.get(12)]).toEqual([0, 1, 2]);
    expect(b.has(0)).toBe(false);
    expect(b.get(20 + BAND_COUNT - 3)).toBe(0);
    expect(firstRowOf(rows, 9)).toBe(2);
    expect(firstRowOf(rows, 8)).toBeUndefined();
  });
});
