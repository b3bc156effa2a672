// Property tests of the tnum algebra against BigInt: for tnums a and b and concrete values x in a
// and y in b, the concrete result of each operation must be a member of the tnum result (soundness).
// Fixed seeds keep a failure reproducible; the run counts keep the file to a few seconds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  tAdd, tAnd, tArshift, tCast, tconst, tIn, tIntersect, tLshift, tMul, tNeg, tnum, tOr, tRange, tRshift, tSub, tSubreg,
  tWithSubreg, tXor, umax, umin,
} from "./tnum.ts";
import type { Tnum } from "./tnum.ts";

const M64 = (1n << 64n) - 1n;
const u64 = (x: bigint) => x & M64;
const member = (t: Tnum, x: bigint) => (u64(x) & ~t.mask) === t.value;

/** Masks that are mostly low bits, mostly high bits, sparse or dense: random bigints alone rarely hit the edges. */
const mask64 = fc.oneof(
  fc.bigInt({ min: 0n, max: M64 }),
  fc.nat(64).map((n) => (1n << BigInt(n)) - 1n),
  fc.nat(64).map((n) => M64 ^ ((1n << BigInt(n)) - 1n)),
  fc.constantFrom(0n, M64, 1n, 1n << 63n, 0xffffffffn),
);
const val64 = fc.oneof(fc.bigInt({ min: 0n, max: M64 }), fc.constantFrom(0n, 1n, M64, 1n << 63n, (1n << 63n) - 1n, 0x80000000n, 0xffffffffn));

/** A tnum and a concrete member of it: the member takes the tnum's known bits and random unknown ones. */
const tnumWithMember = fc.tuple(val64, mask64, fc.bigInt({ min: 0n, max: M64 })).map(([v, m, r]) => {
  const t = tnum(v, m);
  return { t, x: t.value | (r & t.mask) };
});

const SEED = 0x5eed9;
const opts = { seed: SEED, numRuns: 2000 };

type Binary = (a: Tnum, b: Tnum) => Tnum;
const binaries: [string, Binary, (x: bigint, y: bigint) => bigint, number?][] = [
  ["add", tAdd, (x, y) => x + y],
  ["sub", tSub, (x, y) => x - y],
  ["and", tAnd, (x, y) => x & y],
  ["or", tOr, (x, y) => x | y],
  ["xor", tXor, (x, y) => x ^ y],
  ["mul", tMul, (x, y) => x * y, 300], // up to 64 rounds of add per call
];

describe("tnum operations are sound against BigInt", () => {
  it("the generator gives well-formed tnums and members", () => {
    fc.assert(fc.property(tnumWithMember, ({ t, x }) => (t.value & t.mask) === 0n && member(t, x)), opts);
  });

  for (const [name, op, concrete, runs] of binaries) {
    it(name, () => {
      fc.assert(
        fc.property(tnumWithMember, tnumWithMember, (a, b) => {
          const r = op(a.t, b.t);
          expect((r.value & r.mask) === 0n, `${name}: value and mask overlap`).toBe(true);
          return member(r, concrete(a.x, b.x));
        }),
        { ...opts, numRuns: runs ?? opts.numRuns },
      );
    });
  }

  it("neg", () => {
    fc.assert(fc.property(tnumWithMember, (a) => member(tNeg(a.t), -a.x)), opts);
  });

  it("constants fold exactly", () => {
    fc.assert(
      fc.property(val64, val64, (x, y) => {
        for (const [, op, concrete] of binaries) {
          const r = op(tconst(x), tconst(y));
          if (r.mask !== 0n || r.value !== u64(concrete(x, y))) return false;
        }
        return true;
      }),
      { ...opts, numRuns: 300 },
    );
  });

  it("lsh, rsh by 0..63", () => {
    fc.assert(
      fc.property(tnumWithMember, fc.nat(63), (a, n) => member(tLshift(a.t, n), a.x << BigInt(n)) && member(tRshift(a.t, n), a.x >> BigInt(n))),
      opts,
    );
  });

  it("arsh in 64 bits (0..63) and in 32 bits (0..31)", () => {
    fc.assert(
      fc.property(tnumWithMember, fc.nat(63), (a, n) => member(tArshift(a.t, n, 64), BigInt.asIntN(64, a.x) >> BigInt(n))),
      opts,
    );
    fc.assert(
      fc.property(tnumWithMember, fc.nat(31), (a, n) => {
        const r = tArshift(tSubreg(a.t), n, 32);
        return member(r, BigInt.asUintN(32, BigInt.asIntN(32, a.x) >> BigInt(n)));
      }),
      opts,
    );
  });

  it("cast to 1, 2, 4, 8 bytes and subreg keep the low bytes", () => {
    fc.assert(
      fc.property(tnumWithMember, fc.constantFrom(1, 2, 4, 8), (a, size) =>
        member(tCast(a.t, size), BigInt.asUintN(size * 8, a.x)) && member(tSubreg(a.t), BigInt.asUintN(32, a.x)),
      ),
      opts,
    );
  });

  it("with-subreg puts b's low 32 bits under a's high 32", () => {
    fc.assert(
      fc.property(tnumWithMember, tnumWithMember, (a, b) => member(tWithSubreg(a.t, b.t), (a.x & ~0xffffffffn) | (b.x & 0xffffffffn))),
      opts,
    );
  });

  it("intersect keeps every value in both", () => {
    // a value in both: take b's tnum and force a's known bits onto it where b leaves them unknown
    fc.assert(
      fc.property(tnumWithMember, tnumWithMember, (a, b) => {
        const common = (b.x & ~a.t.mask) | (a.x & a.t.mask);
        const x = (common & ~b.t.mask) | (b.x & b.t.mask); // b's known bits win
        if (!member(a.t, x) || !member(b.t, x)) return true; // the two do not overlap at x
        return member(tIntersect(a.t, b.t), x);
      }),
      opts,
    );
    fc.assert(fc.property(tnumWithMember, (a) => {
      const r = tIntersect(a.t, a.t);
      return r.value === a.t.value && r.mask === a.t.mask;
    }), opts);
  });

  it("tIn agrees with membership: a tnum is in itself, constants of its members are in it, others are not", () => {
    fc.assert(
      fc.property(tnumWithMember, val64, (a, y) => tIn(a.t, a.t) && tIn(a.t, tconst(a.x)) && tIn(a.t, tconst(y)) === member(a.t, y)),
      opts,
    );
  });

  it("range: every value in [min, max] is a member, and umin/umax bound the members", () => {
    fc.assert(
      fc.property(val64, val64, fc.bigInt({ min: 0n, max: M64 }), (p, q, r) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        const t = tRange(lo, hi);
        const x = lo + (r % (hi - lo + 1n));
        // and no looser than the kernel's: the bits below the highest differing bit unknown, or all when that is bit 63
        const bits = lo === hi ? 0 : (lo ^ hi).toString(2).length;
        const exact = t.mask === (bits > 63 ? M64 : (1n << BigInt(bits)) - 1n);
        return exact && member(t, lo) && member(t, hi) && member(t, x) && umin(t) <= x && x <= umax(t);
      }),
      opts,
    );
  });
});

// tAdd and tSub compute under BigInt.asUintN(64, ...) (machine operations): on any tnums they
// must give the published algebra written the plain way.
describe("tAdd and tSub are the plain algebra", () => {
  const plainAdd = (a: Tnum, b: Tnum) => {
    const sm = u64(a.mask + b.mask);
    const sv = u64(a.value + b.value);
    const chi = u64(sm + sv) ^ sv;
    const mu = chi | a.mask | b.mask;
    return tnum(sv & ~mu, mu);
  };
  const plainSub = (a: Tnum, b: Tnum) => {
    const dv = u64(a.value - b.value);
    const chi = u64(dv + a.mask) ^ u64(dv - b.mask);
    const mu = chi | a.mask | b.mask;
    return tnum(dv & ~mu, mu);
  };
  const t = fc.oneof(fc.tuple(val64, mask64).map(([v, m]) => tnum(v, m)), val64.map(tconst));
  it("on tnums", () => {
    fc.assert(fc.property(t, t, (a, b) => {
      expect(tAdd(a, b)).toEqual(plainAdd(a, b));
      expect(tSub(a, b)).toEqual(plainSub(a, b));
    }), { seed: 0xadd, numRuns: 5000 });
  });
  it("tnum() and tIntersect(), on any BigInts (negative, past 2^64)", () => {
    const any = fc.oneof(val64, fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.constantFrom(-1n, -(1n << 63n), 1n << 64n, (1n << 64n) + 3n));
    fc.assert(fc.property(any, any, any, any, (v, m, w, n) => {
      const plain = (value: bigint, mask: bigint) => ({ value: u64(value) & ~u64(mask), mask: u64(mask) });
      expect(tnum(v, m)).toEqual(plain(v, m));
      const [a, b] = [tnum(v, m), tnum(w, n)];
      expect(tIntersect(a, b)).toEqual(plain(a.value | b.value, a.mask & b.mask));
    }), { seed: 0x7e57, numRuns: 5000 });
  });
});
