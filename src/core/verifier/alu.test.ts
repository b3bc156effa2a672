// Soundness of the verifier's scalar ALU against BigInt: for abstract scalars a and b (a constant,
// an unsigned range, a signed range, or a tnum) and concrete values x in a and y in b, the concrete
// result of the ISA's operation (RFC 9669 rules, on BigInt) lies in every bound of the verifier's
// result: umin/umax, smin/smax, the tnum and the 32-bit bounds. A value outside would be a false
// accept waiting to happen. The scalars include ones whose eight bounds and tnum were each cut
// around the member independently (the 32-bit bounds apart from the 64-bit ones), then synced.
// Fixed seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alu, AluError, fold } from "./alu.ts";
import { add64, signExtend } from "./scalar_alu.ts";
import { bounds32, constScalar, fromBounds, sync, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { tnum } from "./tnum.ts";
import { boxed } from "../../../test/support/scalars.ts";

const M64 = (1n << 64n) - 1n;
const u = (bits: number, v: bigint) => BigInt.asUintN(bits, v);
const s = (bits: number, v: bigint) => BigInt.asIntN(bits, v);

/** Where a concrete value breaks a register's bounds, or undefined if it lies in all of them. */
function outside(r: Reg, x: bigint): string | undefined {
  if (r.type !== "scalar") return `type ${r.type}`;
  if (x < r.umin || x > r.umax) return `u64 [${r.umin}, ${r.umax}]`;
  if (s(64, x) < r.smin || s(64, x) > r.smax) return `s64 [${r.smin}, ${r.smax}]`;
  if ((x & ~r.var.mask) !== r.var.value) return `tnum (0x${r.var.value.toString(16)}; 0x${r.var.mask.toString(16)})`;
  const b = bounds32(r);
  const lo = u(32, x);
  if (lo < b.umin || lo > b.umax) return `u32 [${b.umin}, ${b.umax}]`;
  if (s(32, x) < b.smin || s(32, x) > b.smax) return `s32 [${b.smin}, ${b.smax}]`;
  return undefined;
}

const edges = [0n, 1n, 2n, 7n, 63n, 64n, M64, 1n << 63n, (1n << 63n) - 1n, 0xffffffffn, 0x80000000n, 0x7fffffffn, 1n << 32n];
const val = fc.oneof(fc.bigInt({ min: 0n, max: M64 }), fc.constantFrom(...edges), fc.bigInt({ min: 0n, max: 0xffffffffn }), fc.bigInt({ min: 0n, max: 300n }));

/** An abstract scalar and a concrete member, built so the member is in it by construction. */
const scalar = fc.oneof(
  boxed,
  val.map((x) => ({ r: constScalar(x), x })),
  fc.tuple(val, val, val).map(([p, q, k]) => {
    const [lo, hi] = p <= q ? [p, q] : [q, p];
    return { r: fromBounds(lo, hi), x: lo + (k % (hi - lo + 1n)) };
  }),
  fc.tuple(val, val, val).map(([p, q, k]) => {
    const [lo, hi] = s(64, p) <= s(64, q) ? [s(64, p), s(64, q)] : [s(64, q), s(64, p)];
    const r = unknownScalar();
    [r.smin, r.smax] = [lo, hi];
    return { r: sync(r), x: u(64, lo + (k % (hi - lo + 1n))) };
  }),
  fc.tuple(val, val, val).map(([v, m, k]) => {
    const r = unknownScalar();
    r.var = tnum(v, m);
    return { r: sync(r), x: r.var.value | (k & r.var.mask) };
  }),
);

function concrete(op: string, bits: number, a: bigint, b: bigint): bigint {
  const sh = b & BigInt(bits - 1);
  switch (op) {
    case "add": return u(bits, a + b);
    case "sub": return u(bits, a - b);
    case "mul": return u(bits, a * b);
    case "or": return u(bits, a | b);
    case "and": return u(bits, a & b);
    case "xor": return u(bits, a ^ b);
    case "lsh": return u(bits, a << sh);
    case "rsh": return u(bits, a) >> sh;
    case "arsh": return u(bits, s(bits, a) >> sh);
    case "div": return u(bits, b) === 0n ? 0n : u(bits, a) / u(bits, b);
    case "sdiv": return u(bits, b) === 0n ? 0n : u(bits, s(bits, a) / s(bits, b));
    case "mod": return u(bits, b) === 0n ? u(bits, a) : u(bits, a) % u(bits, b);
    case "smod": return u(bits, b) === 0n ? u(bits, a) : u(bits, s(bits, a) % s(bits, b));
  }
  throw new Error(op);
}

const OPS = ["add", "sub", "mul", "or", "and", "xor", "lsh", "rsh", "arsh", "div", "sdiv", "mod", "smod"];
const opts = { seed: 0xa1b, numRuns: 1500 };

describe("the verifier's scalar ALU is sound against BigInt", () => {
  it("the generated scalars hold their members (sync keeps every member)", () => {
    fc.assert(fc.property(scalar, ({ r, x }) => outside(r, x) === undefined), opts);
  });

  it("sync of a member's box keeps it, and makes a single value a constant in every bound", () => {
    fc.assert(
      fc.property(boxed, ({ r, x }) => {
        expect(outside(r, x)).toBeUndefined();
        if (r.var.mask === 0n) expect([r.umin, r.umax, r.smin, r.smax, r.u32min, r.u32max, r.s32min, r.s32max]).toEqual([x, x, s(64, x), s(64, x), u(32, x), u(32, x), s(32, x), s(32, x)]);
      }),
      { ...opts, numRuns: 5000 },
    );
  });

  it("sync is exact on the kernel's examples", () => {
    // u64 [0x1'0000000A, 0x1'0000000F]: one high half, so the low halves are [10, 15]
    const a = fromBounds(0x10000000an, 0x10000000fn);
    expect([a.u32min, a.u32max, a.s32min, a.s32max]).toEqual([10n, 15n, 10n, 15n]);
    // s64 [-1, 1]: two high halves, the low half still [-1, 1] signed
    const b = unknownScalar();
    [b.smin, b.smax] = [-1n, 1n];
    sync(b);
    expect([b.s32min, b.s32max, b.u32min, b.u32max]).toEqual([-1n, 1n, 0n, 0xffffffffn]);
    // r in [0x1'00000000, 0x3'80000000] and s32 > 0: [0x1'00000001, 0x3'7fffffff]
    const c = fromBounds(0x100000000n, 0x380000000n);
    [c.s32min, c.s32max] = [1n, 0x7fffffffn];
    sync(c);
    expect([c.umin, c.umax]).toEqual([0x100000001n, 0x37fffffffn]);
  });

  it("a 32-bit move keeps the low half's bounds and zero-extends", () => {
    fc.assert(
      fc.property(scalar, (a) => {
        const r = alu({ op: "mov", width: 32, dst: unknownScalar(), src: a.r, dstNo: 1, srcIsReg: true, srcNo: 2 });
        expect(outside(r, u(32, a.x))).toBeUndefined();
        // no looser than the source's
        expect(r.u32min >= a.r.u32min && r.u32max <= a.r.u32max && r.s32min >= a.r.s32min && r.s32max <= a.r.s32max).toBe(true);
        expect(r.umax <= 0xffffffffn).toBe(true);
      }),
      opts,
    );
  });

  for (const width of [64, 32] as const) {
    for (const op of OPS) {
      it(`${op} (${width}-bit)`, () => {
        fc.assert(
          fc.property(scalar, scalar, (a, b) => {
            let r: Reg;
            try {
              r = alu({ op, width, dst: a.r, src: b.r, dstNo: 1, srcIsReg: true, srcNo: 2 });
            } catch (e) {
              if (e instanceof AluError) return; // rejected: nothing to be sound about
              throw e;
            }
            const v = concrete(op, width, a.x, b.x);
            const bad = outside(r, v);
            expect(bad, `${op}${width}: ${a.x} op ${b.x} = ${v}, outside ${bad}`).toBeUndefined();
          }),
          opts,
        );
      });
    }
  }

  it("sign extension from 1, 2 or 4 bytes (a sign-extending load)", () => {
    fc.assert(
      fc.property(scalar, fc.constantFrom(1, 2, 4) as fc.Arbitrary<1 | 2 | 4>, (a, n) => {
        const r = signExtend(a.r, n);
        const v = u(64, s(8 * n, a.x));
        expect(outside(r, v), `s${8 * n} of ${a.x}`).toBeUndefined();
      }),
      opts,
    );
  });

  it("byte order: le16/32/64, be16/32/64, bswap16/32/64", () => {
    const swap = (x: bigint, bits: number) => {
      let out = 0n;
      for (let k = 0; k < bits / 8; k++) out = (out << 8n) | ((x >> BigInt(8 * k)) & 0xffn);
      return out;
    };
    fc.assert(
      fc.property(scalar, fc.constantFrom("le", "be", "bswap"), fc.constantFrom(16, 32, 64), (a, kind, bits) => {
        const op = `${kind}${bits}`;
        const r = alu({ op, width: 64, dst: a.r, src: a.r, dstNo: 1, srcIsReg: false, srcNo: 0 });
        const v = kind === "le" ? u(bits, a.x) : swap(a.x, bits);
        expect(outside(r, v), `${op} of ${a.x}`).toBeUndefined();
        if (a.r.var.mask === 0n) expect(r.var).toEqual({ value: v, mask: 0n });
      }),
      opts,
    );
  });

  it("neg and movsx", () => {
    fc.assert(
      fc.property(scalar, fc.constantFrom(8, 16, 32), (a, n) => {
        const neg64 = alu({ op: "neg", width: 64, dst: a.r, src: a.r, dstNo: 1, srcIsReg: false, srcNo: 0 });
        const neg32 = alu({ op: "neg", width: 32, dst: a.r, src: a.r, dstNo: 1, srcIsReg: false, srcNo: 0 });
        expect(outside(neg64, u(64, -a.x)), "neg64").toBeUndefined();
        expect(outside(neg32, u(32, -a.x)), "neg32").toBeUndefined();
        const sx64 = alu({ op: "mov", width: 64, dst: unknownScalar(), src: a.r, dstNo: 1, srcIsReg: true, srcNo: 2, sx: n });
        expect(outside(sx64, u(64, s(n, a.x))), `movsx64 s${n} of ${a.x}`).toBeUndefined();
        if (n < 32) {
          const sx32 = alu({ op: "mov", width: 32, dst: unknownScalar(), src: a.r, dstNo: 1, srcIsReg: true, srcNo: 2, sx: n });
          expect(outside(sx32, u(32, s(n, a.x))), `movsx32 s${n} of ${a.x}`).toBeUndefined();
        }
      }),
      opts,
    );
  });
});

// fold() takes shortcuts (no masking of the operands, machine operations under
// BigInt.asUintN(64, ...)): on any BigInts, past 2^64 and negative included, it must give the
// ISA's result on their low bits, which concrete() computes the plain way.
describe("fold() of two constants is the ISA's operation on BigInt", () => {
  const wide = fc.oneof(val, fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.constantFrom(-1n, -(1n << 63n), 1n << 64n, (1n << 64n) + 5n, -(1n << 31n), 1n << 53n, (1n << 53n) + 1n, (1n << 53n) - 1n));
  for (const width of [32, 64] as const) {
    it(`every operation (${width}-bit)`, () => {
      fc.assert(fc.property(fc.constantFrom(...OPS), wide, wide, (op, a, b) => {
        expect(fold(op, a, b, width)).toBe(concrete(op, width, a, b));
      }), { seed: 0xf01d + width, numRuns: 6000 });
    });
    it(`neg (${width}-bit)`, () => {
      fc.assert(fc.property(wide, (a) => {
        expect(fold("neg", a, 0n, width)).toBe(u(width, -a));
      }), { seed: 0xf01e + width, numRuns: 1000 });
    });
  }
});

// add64() reads overflow from wrapped sums (machine operations); the rule it implements is on
// exact sums: a signed end outside [-2^63, 2^63) loses the signed range, and the unsigned range
// survives unless only its greatest sum passes 2^64 (both wrapping, it wraps whole).
describe("add64() is the 64-bit addition rule on exact sums", () => {
  const S64_MIN = -(1n << 63n), S64_MAX = (1n << 63n) - 1n;
  const plain = (a: Reg, b: Reg) => {
    let [lo, hi] = [a.smin + b.smin, a.smax + b.smax];
    if (lo < S64_MIN || lo > S64_MAX || hi < S64_MIN || hi > S64_MAX) [lo, hi] = [S64_MIN, S64_MAX];
    let [ulo, uhi] = [a.umin + b.umin, a.umax + b.umax];
    if (ulo <= M64 && uhi > M64) [ulo, uhi] = [0n, M64];
    else if (ulo > M64) [ulo, uhi] = [ulo & M64, uhi & M64];
    return [ulo, uhi, lo, hi];
  };
  const edge = fc.constantFrom(0n, 1n, M64, M64 - 1n, 1n << 63n, (1n << 63n) - 1n, (1n << 63n) + 1n, 1n << 53n, 0xffffffffn, 1n << 32n, 0x80000000n);
  const u = fc.oneof(val, edge);
  const pair = fc.tuple(u, u, fc.nat(9)).map(([x, y, k]) => (k === 0 ? [y, x] : x <= y ? [x, y] : [y, x]));
  const reg = fc.tuple(pair, pair).map(([[umin, umax], [p, q]]) => {
    const [smin, smax] = s(64, p) <= s(64, q) ? [s(64, p), s(64, q)] : [s(64, q), s(64, p)];
    return Object.assign(unknownScalar(), { umin, umax, smin, smax });
  });
  it("on ranges anywhere, the edges of both readings included", () => {
    fc.assert(fc.property(reg, reg, (a, b) => {
      const r = Object.assign(unknownScalar(), a);
      add64(r, b);
      expect([r.umin, r.umax, r.smin, r.smax]).toEqual(plain(a, b));
    }), { seed: 0xadd64, numRuns: 8000 });
  });
});
