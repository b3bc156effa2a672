// Property tests of the shared 64-bit arithmetic on (hi, lo) pairs against BigInt, with the ISA's
// rules (RFC 9669): wrapping, x / 0 = 0, x % 0 = x, INT_MIN s/ -1 = INT_MIN, INT_MIN s% -1 = 0,
// shift counts masked by the caller to 0..63 (0..31 in 32 bits). Fixed seeds: a failure reproduces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bswap16, bswap32, cmpS64, cmpU64, div32, div64, fromBig, mod32, mod64, mulhiU32, mul64, sar64, shl64, shr64, toBig } from "./int64.ts";

const M64 = (1n << 64n) - 1n;
const opts = { seed: 0x1264, numRuns: 3000 };

/** u64 values: uniform, plus the edges (0, 1, -1, INT_MIN, INT_MAX, 32-bit boundaries) that uniform misses. */
const edges = [0n, 1n, 2n, M64, M64 - 1n, 1n << 63n, (1n << 63n) - 1n, 0xffffffffn, 0x80000000n, 0x7fffffffn, 1n << 32n, (1n << 32n) + 1n];
const u64 = fc.oneof(fc.bigInt({ min: 0n, max: M64 }), fc.constantFrom(...edges), fc.bigInt({ min: 0n, max: 0xffffffffn }));
const u32 = fc.oneof(fc.bigInt({ min: 0n, max: 0xffffffffn }), fc.constantFrom(0n, 1n, 0xffffffffn, 0x80000000n, 0x7fffffffn));

const pair = (v: bigint) => fromBig(v);
const big = ([hi, lo]: readonly [number, number]) => toBig(hi, lo);
/** Pairs are int32s: a result outside that range would break the interpreter's `|0` invariants. */
const wellFormed = ([hi, lo]: readonly [number, number]) => (hi | 0) === hi && (lo | 0) === lo;
const s64 = (v: bigint) => BigInt.asIntN(64, v);
const i32 = (v: bigint) => Number(BigInt.asIntN(32, v));

/** The ISA's division and modulo, written from the RFC on BigInt (truncation toward zero). */
function refDiv(a: bigint, b: bigint, signed: boolean, bits: 32 | 64): bigint {
  const w = (x: bigint) => BigInt.asUintN(bits, x);
  const s = (x: bigint) => BigInt.asIntN(bits, x);
  if (w(b) === 0n) return 0n;
  return signed ? w(s(a) / s(b)) : w(a) / w(b); // INT_MIN / -1 = -INT_MIN, which wraps to INT_MIN
}
function refMod(a: bigint, b: bigint, signed: boolean, bits: 32 | 64): bigint {
  const w = (x: bigint) => BigInt.asUintN(bits, x);
  const s = (x: bigint) => BigInt.asIntN(bits, x);
  if (w(b) === 0n) return w(a);
  return signed ? w(s(a) % s(b)) : w(a) % w(b);
}

describe("64-bit arithmetic on pairs agrees with BigInt", () => {
  it("toBig and fromBig are inverse", () => {
    fc.assert(fc.property(u64, (v) => wellFormed(pair(v)) && big(pair(v)) === v), opts);
  });

  it("mulhiU32 is the high half of the 64-bit product", () => {
    fc.assert(fc.property(u32, u32, (a, b) => mulhiU32(Number(a), Number(b)) === i32((a * b) >> 32n)), opts);
  });

  it("mul64 wraps modulo 2^64", () => {
    fc.assert(
      fc.property(u64, u64, (a, b) => {
        const r = mul64(...pair(a), ...pair(b));
        return wellFormed(r) && big(r) === ((a * b) & M64);
      }),
      opts,
    );
  });

  for (const signed of [false, true]) {
    const kind = signed ? "signed" : "unsigned";
    it(`div64 and mod64 (${kind}): x/0 = 0, x%0 = x, INT_MIN/-1 wraps, truncation toward zero`, () => {
      fc.assert(
        fc.property(u64, fc.oneof(u64, fc.constantFrom(0n, M64)), (a, b) => {
          const d = div64(...pair(a), ...pair(b), signed);
          const m = mod64(...pair(a), ...pair(b), signed);
          return wellFormed(d) && wellFormed(m) && big(d) === refDiv(a, b, signed, 64) && big(m) === refMod(a, b, signed, 64);
        }),
        opts,
      );
    });

    it(`div32 and mod32 (${kind}) on int32 operands`, () => {
      fc.assert(
        fc.property(u32, fc.oneof(u32, fc.constantFrom(0n, 0xffffffffn)), (a, b) => {
          const d = div32(i32(a), i32(b), signed);
          const m = mod32(i32(a), i32(b), signed);
          return (d | 0) === d && (m | 0) === m && d === i32(refDiv(a, b, signed, 32)) && m === i32(refMod(a, b, signed, 32));
        }),
        opts,
      );
    });
  }

  it("the RFC's named cases", () => {
    const INT_MIN = 1n << 63n;
    expect(big(div64(...pair(INT_MIN), ...pair(M64), true))).toBe(INT_MIN);
    expect(big(mod64(...pair(INT_MIN), ...pair(M64), true))).toBe(0n);
    expect(big(div64(...pair(5n), 0, 0, true))).toBe(0n);
    expect(big(mod64(...pair(M64 - 4n), 0, 0, true))).toBe(M64 - 4n);
    expect(div32(-0x80000000, -1, true)).toBe(-0x80000000);
    expect(mod32(-0x80000000, -1, true)).toBe(0);
    expect(mod32(-7, 0, false)).toBe(-7);
    expect(mod32(-7, 2, true)).toBe(-1); // sign of the dividend, as C
  });

  it("shl64, shr64, sar64 by 0..63", () => {
    fc.assert(
      fc.property(u64, fc.nat(63), (a, n) => {
        const k = BigInt(n);
        const l = shl64(...pair(a), n);
        const r = shr64(...pair(a), n);
        const s = sar64(...pair(a), n);
        return (
          wellFormed(l) && wellFormed(r) && wellFormed(s) &&
          big(l) === ((a << k) & M64) && big(r) === a >> k && big(s) === BigInt.asUintN(64, s64(a) >> k)
        );
      }),
      opts,
    );
  });

  it("a shift count is masked to 0..63 by the ISA: shifting by n & 63 is what the VM does", () => {
    // the VM masks before calling; the helpers must be exact on every masked count of any input
    fc.assert(fc.property(u64, fc.nat(1000), (a, n) => big(shl64(...pair(a), n & 63)) === ((a << BigInt(n & 63)) & M64)), opts);
  });

  it("bswap16 and bswap32 reverse the bytes", () => {
    const rev = (v: bigint, bytes: number) => {
      let r = 0n;
      for (let i = 0; i < bytes; i++) r = (r << 8n) | ((v >> BigInt(8 * i)) & 0xffn);
      return r;
    };
    fc.assert(
      fc.property(u32, (v) => bswap32(i32(v)) === i32(rev(v, 4)) && bswap16(Number(v)) === Number(rev(v & 0xffffn, 2))),
      opts,
    );
  });

  it("cmpU64 and cmpS64 order as unsigned and signed 64-bit", () => {
    const sign = (d: bigint) => (d < 0n ? -1 : d > 0n ? 1 : 0);
    fc.assert(
      fc.property(u64, u64, (a, b) => cmpU64(...pair(a), ...pair(b)) === sign(a - b) && cmpS64(...pair(a), ...pair(b)) === sign(s64(a) - s64(b))),
      opts,
    );
  });

  it("sign extension: fromBig of a sign-extended 8/16/32-bit value has the sign in every high bit", () => {
    fc.assert(
      fc.property(u64, fc.constantFrom(8, 16, 32), (v, bits) => {
        const ext = BigInt.asUintN(64, BigInt.asIntN(bits, v));
        const [hi] = pair(ext);
        const negative = (v >> BigInt(bits - 1)) & 1n;
        return hi === (negative ? -1 : 0) && big(pair(ext)) === ext;
      }),
      opts,
    );
  });
});
