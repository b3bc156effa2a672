import { describe, expect, it } from "vitest";
import { readHex, sameHex } from "./hex.ts";

describe("readHex", () => {
  it("reads spaced or packed hex, with or without 0x", () => {
    expect(readHex("0a 0B\n0c")).toEqual(Uint8Array.of(10, 11, 12));
    expect(readHex("0x0a0b")).toEqual(Uint8Array.of(10, 11));
    expect(readHex("")).toEqual(new Uint8Array(0));
  });
  it("says where the first mistake is", () => {
    expect(readHex("0a zz")).toEqual({ message: "'z' at column 4 is not a hex digit", column: 3 });
    expect(readHex("0a 0")).toEqual({ message: "3 hex digits do not make whole bytes", column: 4 });
  });
  it("compares bytes whatever the spacing and case", () => {
    expect(sameHex("0A 0b", "0x0a0B")).toBe(true);
    expect(sameHex("0a", "0b")).toBe(false);
  });
});
