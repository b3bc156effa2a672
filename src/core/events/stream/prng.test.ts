// The generator's quick paths against its plain ones: a re-seeded generator is a new one, and a
// Span's draw is int()'s number, for spans where the division's rounding is tightest.
import { describe, expect, it } from "vitest";
import { eventRandom, remainder, spanOf, SplitMix32 } from "./prng.ts";

describe("SplitMix32's quick paths", () => {
  it("re-seeds in place to the generator a new one would be", () => {
    const r = new SplitMix32(99);
    r.u32();
    for (const [seed, i] of [[0, 0], [1, 5], [0xffffffff, 2 ** 32 + 3], [7, 999_999]]) {
      const fresh = eventRandom(seed, i);
      r.toEvent(seed, i);
      for (let k = 0; k < 5; k++) expect(r.u32()).toBe(fresh.u32());
    }
  });

  it("draws a Span's numbers as int() does, from the same state", () => {
    const ranges: [number, number][] = [
      [0, 0],
      [5, 6],
      [1024, 65535],
      [0, 2 ** 31],
      [0, 2 ** 31 - 2],
      [0, 2 ** 32 - 1],
      [0, 2 ** 32 - 2],
      [167772161, 167837694],
      [2 ** 40, 2 ** 40 + 2 ** 32 - 1],
      [-10, 3_000_000_000],
      [1, 2863311531],
    ];
    for (const [lo, hi] of ranges) {
      const span = spanOf(lo, hi)!;
      const a = new SplitMix32(lo ^ hi);
      const b = new SplitMix32(lo ^ hi);
      for (let k = 0; k < 20_000; k++) {
        const want = a.int(lo, hi);
        const got = b.draw(span);
        if (got !== want) expect([lo, hi, k, got]).toEqual([lo, hi, k, want]);
      }
      // the two generators are in step after rejections too
      expect(b.u32()).toBe(a.u32());
    }
    expect(spanOf(0, 2 ** 32)).toBeUndefined();
  });

  it("takes remainders by the inverse exactly, at and around every multiple where rounding bites", () => {
    // 49 * (1 / 49) is 0.9999999999999999: the quotient comes out one short
    for (const span of [1, 2, 3, 7, 49, 98, 103, 255, 65535, 65536, 1_000_000_007, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2863311531, 2 ** 32 - 1, 2 ** 32]) {
      const inverse = 1 / span;
      const xs = [0, 1, 2 ** 32 - 1, 2 ** 32 - 2, 2 ** 31];
      // multiples of the span and their neighbours, up to 2^32 (every one for large spans, a sample for small)
      const count = Math.floor((2 ** 32 - 1) / span);
      for (let q = 1; q <= count; q += Math.max(1, Math.floor(count / 5000))) xs.push(q * span - 1, q * span, q * span + 1);
      for (const x of xs) if (x >= 0 && x < 2 ** 32) if (remainder(x, span, inverse) !== x % span) expect([span, x, remainder(x, span, inverse)]).toEqual([span, x, x % span]);
    }
  });
});
