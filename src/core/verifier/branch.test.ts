// Soundness of conditional-jump reasoning against BigInt: for an abstract scalar r holding x and
// a constant k (or a second abstract scalar holding y), the decision may say "always" only if
// `x op k` holds and "never" only if it does not; the refinement of the side where the test
// holds (or, for the other side, where it does not) keeps x and y and does not call the side
// dead. 64-bit jumps compare the whole values, JMP32 the low halves. Fixed seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boxed } from "../../../test/support/scalars.ts";
import { decideConst, narrowConst } from "./branch.ts";
import { cloneReg } from "./reg.ts";
import { decideScalars, refineScalars, REVERSE } from "./scalar_cmp.ts";
import type { Cmp } from "./scalar_cmp.ts";
import type { Reg } from "./reg.ts";

const M64 = (1n << 64n) - 1n;
const u = (bits: number, v: bigint) => BigInt.asUintN(bits, v);
const s = (bits: number, v: bigint) => BigInt.asIntN(bits, v);

function holds(op: Cmp, width: 32 | 64, x: bigint, k: bigint): boolean {
  const [ux, uk, sx, sk] = [u(width, x), u(width, k), s(width, x), s(width, k)];
  switch (op) {
    case "jeq": return ux === uk;
    case "jne": return ux !== uk;
    case "jgt": return ux > uk;
    case "jge": return ux >= uk;
    case "jlt": return ux < uk;
    case "jle": return ux <= uk;
    case "jsgt": return sx > sk;
    case "jsge": return sx >= sk;
    case "jslt": return sx < sk;
    case "jsle": return sx <= sk;
    case "jset": return (ux & uk) !== 0n;
  }
}

function outside(r: Reg, x: bigint): string | undefined {
  if (x < r.umin || x > r.umax) return `u64 [${r.umin}, ${r.umax}]`;
  if (s(64, x) < r.smin || s(64, x) > r.smax) return `s64 [${r.smin}, ${r.smax}]`;
  if ((x & ~r.var.mask) !== r.var.value) return `tnum (0x${r.var.value.toString(16)}; 0x${r.var.mask.toString(16)})`;
  if (u(32, x) < r.u32min || u(32, x) > r.u32max) return `u32 [${r.u32min}, ${r.u32max}]`;
  if (s(32, x) < r.s32min || s(32, x) > r.s32max) return `s32 [${r.s32min}, ${r.s32max}]`;
  return undefined;
}

const OPS: Cmp[] = ["jeq", "jne", "jgt", "jge", "jlt", "jle", "jsgt", "jsge", "jslt", "jsle", "jset"];
const edges = [0n, 1n, M64, 1n << 63n, (1n << 63n) - 1n, 0xffffffffn, 0x80000000n, 0x7fffffffn];
/** Constants near the member (so the tests are often undecided), at edges, or anywhere. */
const konst = (x: bigint) => fc.oneof(fc.bigInt({ min: -3n, max: 3n }).map((d) => u(64, x + d)), fc.constantFrom(...edges), fc.bigInt({ min: 0n, max: M64 }));
const opts = { seed: 0xb4a, numRuns: 1500 };

describe("the verifier's conditional jumps are sound against BigInt", () => {
  for (const width of [64, 32] as const) {
    for (const op of OPS) {
      it(`${op} (${width}-bit)`, () => {
        fc.assert(
          fc.property(
            boxed.chain((a) => fc.tuple(fc.constant(a), konst(a.x))),
            ([a, k]) => {
              const h = holds(op, width, a.x, k);
              const t = decideConst(op, a.r, k, width);
              if (t !== -1) expect(t === 1, `${op}${width}: ${a.x} vs ${k} decided ${t}`).toBe(h);
              if (t !== -1) return;
              const side = h ? op : REVERSE[op];
              const r = cloneReg(a.r);
              expect(narrowConst(r, side, k, width), `${side}${width}: ${a.x} vs ${k} called dead`).toBe(true);
              const bad = outside(r, a.x);
              expect(bad, `${side}${width}: ${a.x} vs ${k} narrowed to exclude it: ${bad}`).toBeUndefined();
            },
          ),
          opts,
        );
      });

      it(`${op} (${width}-bit) of two registers`, () => {
        fc.assert(
          fc.property(boxed, boxed, (a, b) => {
            const h = holds(op, width, a.x, b.x);
            const t = decideScalars(op, a.r, b.r, width);
            if (t !== -1) expect(t === 1, `${op}${width}: ${a.x} vs ${b.x} decided ${t}`).toBe(h);
            if (t !== -1) return;
            const side = h ? op : REVERSE[op];
            const [p, q] = [cloneReg(a.r), cloneReg(b.r)];
            expect(refineScalars(p, q, side, width), `${side}${width}: ${a.x} vs ${b.x} called dead`).toBe(true);
            expect(outside(p, a.x), `${side}${width}: ${a.x} vs ${b.x}, left side`).toBeUndefined();
            expect(outside(q, b.x), `${side}${width}: ${a.x} vs ${b.x}, right side`).toBeUndefined();
          }),
          opts,
        );
      });
    }
  }
});
