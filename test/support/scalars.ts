// Abstract scalars for the verifier's property tests (alu.test.ts, branch.test.ts): each comes
// with a concrete member, in it by construction.
import fc from "fast-check";
import { max, min, sync, unknownScalar } from "../../src/core/verifier/reg.ts";
import type { Reg } from "../../src/core/verifier/reg.ts";
import { tIntersect, tnum } from "../../src/core/verifier/tnum.ts";

const M64 = (1n << 64n) - 1n;
const u = (bits: number, v: bigint) => BigInt.asUintN(bits, v);
const s = (bits: number, v: bigint) => BigInt.asIntN(bits, v);

const edges = [0n, 1n, 2n, 7n, 63n, 64n, M64, 1n << 63n, (1n << 63n) - 1n, 0xffffffffn, 0x80000000n, 0x7fffffffn, 1n << 32n];
const val = fc.oneof(fc.bigInt({ min: 0n, max: M64 }), fc.constantFrom(...edges), fc.bigInt({ min: 0n, max: 0xffffffffn }), fc.bigInt({ min: 0n, max: 300n }));
const delta = fc.oneof(fc.bigInt({ min: 0n, max: 300n }), fc.bigInt({ min: 0n, max: 0xffffffffn }), fc.bigInt({ min: 0n, max: M64 }));
const KINDS = ["u64", "s64", "u32", "s32", "tnum"] as const;

/**
 * A scalar holding x whose bounds were each cut around x on their own: any mix of unsigned,
 * signed, 64- and 32-bit bounds and known bits, as branches and ALU32 operations leave them.
 */
export const boxed: fc.Arbitrary<{ r: Reg; x: bigint }> = fc.tuple(val, fc.array(fc.tuple(fc.constantFrom(...KINDS), delta, delta), { maxLength: 6 })).map(([x, cuts]) => {
  const r = unknownScalar();
  const within = (lo: bigint, hi: bigint, v: bigint, a: bigint, b: bigint): [bigint, bigint] => [max(lo, v - a), min(hi, v + b)];
  for (const [kind, a, b] of cuts) {
    if (kind === "u64") [r.umin, r.umax] = within(r.umin, r.umax, x, a, b);
    if (kind === "s64") [r.smin, r.smax] = within(r.smin, r.smax, s(64, x), a, b);
    if (kind === "u32") [r.u32min, r.u32max] = within(r.u32min, r.u32max, u(32, x), a, b);
    if (kind === "s32") [r.s32min, r.s32max] = within(r.s32min, r.s32max, s(32, x), a, b);
    if (kind === "tnum") r.var = tIntersect(r.var, tnum(x, a));
  }
  return { r: sync(r), x };
});

