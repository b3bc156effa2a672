// sync()'s fast path against its general rules, on BigInt: for registers whose 64-bit bounds and
// known bits lie in [0, 2^53), sync() computes on doubles (sync53.ts), which must give exactly
// syncWide()'s tnum and eight bounds, impossible states (min > max) included. Fixed seeds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cloneReg, constScalar, pointer, setConst, sync, syncWide, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { tIntersect, tnum } from "./tnum.ts";

const MAX53 = 2n ** 53n - 1n;
const P32 = 2n ** 32n;
const clamp = (x: bigint, lo: bigint, hi: bigint) => (x < lo ? lo : x > hi ? hi : x);

/** Values near the edges that the halves make (multiples of 2^32, 2^31, 2^53), and anywhere. */
const val53 = fc.oneof(
  fc.bigInt({ min: 0n, max: MAX53 }),
  fc.bigInt({ min: 0n, max: 300n }),
  fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 21n - 1n }), fc.bigInt({ min: -300n, max: 300n })).map(([k, d]) => clamp(k * P32 + d, 0n, MAX53)),
  fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 21n - 1n }), fc.bigInt({ min: -300n, max: 300n })).map(([k, d]) => clamp(k * P32 + 2n ** 31n + d, 0n, MAX53)),
  fc.constantFrom(0n, 1n, MAX53, P32 - 1n, P32, 2n ** 31n, 2n ** 31n - 1n),
);
const mask53 = fc.oneof(val53, fc.nat(53).map((n) => (1n << BigInt(n)) - 1n), fc.constant(0n));
const u32v = fc.oneof(fc.bigInt({ min: 0n, max: P32 - 1n }), fc.bigInt({ min: 2n ** 31n - 300n, max: 2n ** 31n + 300n }), fc.bigInt({ min: 0n, max: 300n }), fc.constantFrom(0n, P32 - 1n));
const s32v = u32v.map((x) => BigInt.asIntN(32, x));

/** A pair of bounds, mostly ordered (a value's range), sometimes not (a dead branch). */
const pairOf = (v: fc.Arbitrary<bigint>) => fc.tuple(v, v, fc.nat(9)).map(([x, y, k]) => (k === 0 ? [y, x] : x <= y ? [x, y] : [y, x]) as [bigint, bigint]);

const loose: fc.Arbitrary<Reg> = fc.tuple(val53, mask53, pairOf(val53), pairOf(val53), pairOf(u32v), pairOf(s32v)).map(([v, m, [umin, umax], [smin, smax], [u32min, u32max], [s32min, s32max]]) =>
  Object.assign(unknownScalar(), { var: tnum(v, m), umin, umax, smin, smax, u32min, u32max, s32min, s32max }),
);

/** A register holding x, each bound cut around x on its own (as branches and ALU operations leave them). */
const delta = fc.oneof(fc.bigInt({ min: 0n, max: 300n }), fc.bigInt({ min: 0n, max: P32 }), fc.bigInt({ min: 0n, max: MAX53 }));
const around: fc.Arbitrary<Reg> = fc.tuple(val53, mask53, fc.array(fc.tuple(fc.nat(4), delta, delta), { maxLength: 6 })).map(([x, m, cuts]) => {
  const r = unknownScalar();
  Object.assign(r, { umin: 0n, umax: MAX53, smin: 0n, smax: MAX53, var: tIntersect(r.var, tnum(x, MAX53)) });
  for (const [kind, a, b] of cuts) {
    if (kind === 0) [r.umin, r.umax] = [clamp(x - a, r.umin, r.umax), clamp(x + b, r.umin, r.umax)];
    if (kind === 1) [r.smin, r.smax] = [clamp(x - a, r.smin, r.smax), clamp(x + b, r.smin, r.smax)];
    if (kind === 2) [r.u32min, r.u32max] = [clamp((x % P32) - a, r.u32min, r.u32max), clamp((x % P32) + b, r.u32min, r.u32max)];
    if (kind === 3) [r.s32min, r.s32max] = [clamp(BigInt.asIntN(32, x) - a, r.s32min, r.s32max), clamp(BigInt.asIntN(32, x) + b, r.s32min, r.s32max)];
    if (kind === 4) r.var = tIntersect(r.var, tnum(x, m & MAX53));
  }
  return r;
});

const fields = (r: Reg) => [r.var.value, r.var.mask, r.umin, r.umax, r.smin, r.smax, r.u32min, r.u32max, r.s32min, r.s32max];
const same = (r: Reg) => {
  expect(fields(sync(cloneReg(r)))).toEqual(fields(syncWide(cloneReg(r))));
};

describe("sync() of registers below 2^53 (sync53.ts) is syncWide()", () => {
  it("on loose bounds, dead states included", () => {
    fc.assert(fc.property(loose, same), { seed: 0x5a11, numRuns: 6000 });
  });
  it("on bounds cut around one value", () => {
    fc.assert(fc.property(around, same), { seed: 0x5a12, numRuns: 6000 });
  });
  it("at and past the edge of 2^53 (where the fast path must give way: a double rounds 2^53 + 1 to 2^53)", () => {
    const near = fc.oneof(val53, fc.constantFrom(MAX53 - 1n, MAX53, MAX53 + 1n, MAX53 + 2n, MAX53 + 3n, 2n ** 54n + 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n));
    const signed = fc.oneof(near, fc.constantFrom(-1n, -(2n ** 53n), -(2n ** 53n) - 1n, -(2n ** 63n)));
    const edgy = fc.tuple(near, fc.oneof(mask53, near), pairOf(near), pairOf(signed), pairOf(u32v), pairOf(s32v)).map(([v, m, [umin, umax], [smin, smax], [u32min, u32max], [s32min, s32max]]) =>
      Object.assign(unknownScalar(), { var: tnum(v, m), umin, umax, smin, smax, u32min, u32max, s32min, s32max }),
    );
    fc.assert(fc.property(edgy, same), { seed: 0x5a13, numRuns: 6000 });
  });
  it("the generators reach the fast path (bounds in range) most of the time", () => {
    const inRange = (r: Reg) => r.umax <= MAX53 && r.smax <= MAX53 && r.var.value <= MAX53 && r.var.mask <= MAX53 && r.umin >= 0n && r.smin >= 0n;
    const sample = fc.sample(fc.oneof(loose, around), { seed: 7, numRuns: 500 });
    expect(sample.filter(inRange).length).toBeGreaterThan(400);
  });
});

// constScalar() and setConst() take shortcuts by range (no BigInt made below 2^31, machine
// operations above): each must give the plain BigInt definition's tnum and eight bounds, for any
// BigInt (its low 64 bits), the edges of each range included.
const edge = fc.constantFrom(0n, 1n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 32n + 1n, MAX53, MAX53 + 1n, MAX53 + 2n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 64n + 2n ** 31n, -1n, -(2n ** 31n), -(2n ** 31n) - 1n, -(2n ** 32n), -(2n ** 63n), -(2n ** 63n) - 1n, -(2n ** 64n));
const anyConst = fc.oneof(edge, fc.tuple(edge, fc.bigInt({ min: -3n, max: 3n })).map(([e, d]) => e + d), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: P32 }));
const plainConst = (v: bigint) => {
  const u = BigInt.asUintN(64, v);
  return [u, 0n, u, u, BigInt.asIntN(64, u), BigInt.asIntN(64, u), BigInt.asUintN(32, u), BigInt.asUintN(32, u), BigInt.asIntN(32, u), BigInt.asIntN(32, u)];
};

describe("constScalar() and setConst() are the plain BigInt definition of a known value", () => {
  it("constScalar, at the edges of each range and anywhere", () => {
    fc.assert(fc.property(anyConst, (v) => {
      const r = constScalar(v);
      expect(fields(r)).toEqual(plainConst(v));
      expect({ ...r, var: 0, umin: 0, umax: 0, smin: 0, smax: 0, u32min: 0, u32max: 0, s32min: 0, s32max: 0 }).toEqual({ ...unknownScalar(), var: 0, umin: 0, umax: 0, smin: 0, smax: 0, u32min: 0, u32max: 0, s32min: 0, s32max: 0 });
    }), { seed: 0xc0, numRuns: 4000 });
  });
  it("setConst makes any register (a pointer with an id, a range, written) the register constScalar makes, for a value in [0, 2^64) as fold() gives", () => {
    fc.assert(fc.property(anyConst.map((v) => BigInt.asUintN(64, v)), (u) => {
      const r = pointer("pkt", { id: 3, refId: 2, range: 9, off: 14, written: true, precise: true, frame: 1, memSize: 8, map: 0 });
      setConst(r, u);
      expect(r).toEqual(constScalar(u));
    }), { seed: 0xc1, numRuns: 4000 });
  });
});
