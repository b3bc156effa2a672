import { describe, expect, it } from "vitest";
import { FrameCopier } from "./copy.ts";

const AT = 256;

/** A frame with a known pattern, so that a byte written out of place shows. */
function frame(): Uint8Array {
  return Uint8Array.from({ length: 4096 }, (_, i) => (i * 13 + 5) & 0xff);
}

/** Copies src into f with the copier and checks f against what f.set(src, AT) gives: the first byte that differs, or -1. */
function copyChecked(c: FrameCopier, f: Uint8Array, src: Uint8Array, at = AT): number {
  const want = f.slice();
  want.set(src, at);
  c.copy(src);
  return f.findIndex((b, i) => b !== want[i]);
}

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

describe("FrameCopier", () => {
  it("copies as set does, for every length from 0 to 300, the first and later copies of one array", () => {
    for (let n = 0; n <= 300; n++) {
      const f = frame();
      const c = new FrameCopier(f, AT);
      const src = bytes(n, n);
      for (let k = 0; k < 3; k++) expect(copyChecked(c, f, src), `length ${n}, copy ${k}`).toBe(-1);
    }
  });

  it("reads the caller's bytes again on every copy: a change to the same array between copies is copied", () => {
    const f = frame();
    const c = new FrameCopier(f, AT);
    const src = bytes(64, 1);
    c.copy(src);
    c.copy(src); // the word view is made now
    for (const [at, v] of [[0, 0xaa], [13, 0x55], [63, 0x01], [32, 0xff]]) {
      src[at] = v;
      expect(copyChecked(c, f, src)).toBe(-1);
    }
  });

  it("copies sources that are not word-aligned, subarrays of a larger buffer, and alternating arrays", () => {
    const big = bytes(512, 7);
    const f = frame();
    const c = new FrameCopier(f, AT);
    for (const off of [0, 1, 2, 3, 4, 5, 8]) {
      for (const n of [14, 64, 67, 100]) {
        const src = big.subarray(off, off + n);
        expect(copyChecked(c, f, src), `offset ${off} length ${n}, first copy`).toBe(-1);
        expect(copyChecked(c, f, src), `offset ${off} length ${n}, second copy`).toBe(-1);
      }
    }
    const a = bytes(64, 2), b = bytes(80, 3);
    for (const src of [a, b, a, a, b, b, a]) expect(copyChecked(c, f, src)).toBe(-1);
  });

  it("copies into a frame whose bytes do not start on an 8-byte boundary (set only)", () => {
    for (const at of [4, 1, 250]) {
      const f = frame();
      const c = new FrameCopier(f, at);
      for (const n of [14, 64, 100]) {
        const src = bytes(n, at + n);
        for (let k = 0; k < 3; k++) expect(copyChecked(c, f, src, at), `at ${at} length ${n}`).toBe(-1);
      }
    }
  });

  it("follows an array whose length changes (a length-tracking view of a resizable buffer)", () => {
    const buffer = new ArrayBuffer(64, { maxByteLength: 256 });
    const src = new Uint8Array(buffer);
    src.set(bytes(64, 9));
    const f = frame();
    const c = new FrameCopier(f, AT);
    expect(copyChecked(c, f, src)).toBe(-1);
    expect(copyChecked(c, f, src)).toBe(-1);
    buffer.resize(100);
    src.set(bytes(100, 11));
    expect(src.length).toBe(100);
    expect(copyChecked(c, f, src)).toBe(-1);
    buffer.resize(72);
    expect(copyChecked(c, f, src)).toBe(-1);
  });
});
