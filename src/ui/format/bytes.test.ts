import { describe, expect, it } from "vitest";
import { ascii, dumpRows, grouped, hexBytes, leNumbers, leValue } from "./bytes.ts";

describe("byte formatting", () => {
  it("writes hex pairs and printable ASCII", () => {
    expect(hexBytes(Uint8Array.of(0, 0x2a, 0xff))).toBe("00 2a ff");
    expect(ascii(Uint8Array.of(0x68, 0x69, 0, 0x7f))).toBe("hi..");
  });

  it("reads little-endian numbers of any size", () => {
    expect(leValue(Uint8Array.of(0, 8, 0, 0))).toBe(0x800n);
    expect(leValue(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toBe(2n ** 64n - 1n);
  });

  it("shows keys and values as one number or a list of words", () => {
    expect(leNumbers(Uint8Array.of(3, 0, 0, 0, 0, 0, 0, 0))).toBe("3");
    expect(leNumbers(Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0))).toBe("[1, 2]");
    expect(leNumbers(Uint8Array.of(1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0))).toBe("[1, 2, 3]");
    expect(leNumbers(Uint8Array.of(1, 2, 3))).toBeUndefined();
    expect(leNumbers(new Uint8Array(0))).toBeUndefined();
  });

  it("cuts a dump into rows", () => {
    expect(dumpRows(new Uint8Array(20), 8).map((r) => [r.offset, r.bytes.length])).toEqual([
      [0, 8],
      [8, 8],
      [16, 4],
    ]);
  });
});

describe("grouped", () => {
  it("writes integers as toLocaleString('en-US') does", () => {
    for (const n of [0, 1, -1, 12, 999, 1000, -1000, 12345, 999999, 1000000, 123456789, -987654321, Number.MAX_SAFE_INTEGER, 2 ** 40 + 7]) expect(grouped(n)).toBe(n.toLocaleString("en-US"));
  });
  it("leaves other numbers to toLocaleString", () => {
    for (const n of [1.5, 1234.5678, Infinity, NaN]) expect(grouped(n)).toBe(n.toLocaleString("en-US"));
  });
});
