// Property test of the VM's ALU as it runs (the interpreter inlines most operations instead of
// calling isa/int64.ts) against the ISA's rules written on BigInt (RFC 9669): wrapping, x / 0 = 0,
// x % 0 = x, INT_MIN s/ -1 = INT_MIN, shift counts masked to 63 (31 in 32 bits), 32-bit results
// zero-extended, sign extension by movsx. Random register operands, fixed seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runAsm } from "./test_util.ts";

const M64 = (1n << 64n) - 1n;
const hex = (v: bigint) => `0x${v.toString(16)}`;
const u = (bits: number, v: bigint) => BigInt.asUintN(bits, v);
const s = (bits: number, v: bigint) => BigInt.asIntN(bits, v);

/** The ISA's division and modulo on `bits`-bit operands (truncation toward zero, as C). */
function div(bits: number, a: bigint, b: bigint, signed: boolean): bigint {
  if (u(bits, b) === 0n) return 0n;
  return u(bits, signed ? s(bits, a) / s(bits, b) : u(bits, a) / u(bits, b));
}
function mod(bits: number, a: bigint, b: bigint, signed: boolean): bigint {
  if (u(bits, b) === 0n) return u(bits, a);
  return u(bits, signed ? s(bits, a) % s(bits, b) : u(bits, a) % u(bits, b));
}

/** Binary operations `r1 OP= r2` and their result on `bits`-bit operands. */
const binary: [string, (bits: number, a: bigint, b: bigint) => bigint][] = [
  ["+=", (n, a, b) => u(n, a + b)],
  ["-=", (n, a, b) => u(n, a - b)],
  ["*=", (n, a, b) => u(n, a * b)],
  ["/=", (n, a, b) => div(n, a, b, false)],
  ["s/=", (n, a, b) => div(n, a, b, true)],
  ["%=", (n, a, b) => mod(n, a, b, false)],
  ["s%=", (n, a, b) => mod(n, a, b, true)],
  ["|=", (n, a, b) => u(n, a | b)],
  ["&=", (n, a, b) => u(n, a & b)],
  ["^=", (n, a, b) => u(n, a ^ b)],
  ["<<=", (n, a, b) => u(n, a << (b & BigInt(n - 1)))],
  [">>=", (n, a, b) => u(n, a) >> (b & BigInt(n - 1))],
  ["s>>=", (n, a, b) => u(n, s(n, a) >> (b & BigInt(n - 1)))],
];

const edges = [0n, 1n, 2n, M64, M64 - 1n, 1n << 63n, (1n << 63n) - 1n, 0xffffffffn, 0x80000000n, 0x7fffffffn, 1n << 32n, 0xffffffff80000000n, 63n, 64n, 31n, 32n];
const u64 = fc.oneof(fc.bigInt({ min: 0n, max: M64 }), fc.constantFrom(...edges), fc.bigInt({ min: 0n, max: 0xffffffffn }), fc.bigInt({ min: 0n, max: 70n }));
const opts = { seed: 0x7e57, numRuns: 100 };

const r0 = (body: string, a: bigint, b: bigint) => runAsm(`r1 = ${hex(a)} ll\nr2 = ${hex(b)} ll\n${body}\nr0 = r1\nexit`).r0;

describe("the VM's ALU agrees with the ISA's rules on BigInt", () => {
  for (const [op, ref] of binary) {
    it(`r1 ${op} r2 and w1 ${op} w2`, () => {
      fc.assert(
        fc.property(u64, u64, (a, b) => {
          expect(r0(`r1 ${op} r2`, a, b), `r1 ${op} r2 with r1 = ${hex(a)}, r2 = ${hex(b)}`).toBe(ref(64, a, b));
          expect(r0(`w1 ${op} w2`, a, b), `w1 ${op} w2 with r1 = ${hex(a)}, r2 = ${hex(b)}`).toBe(ref(32, a, b));
        }),
        opts,
      );
    });
  }

  it("neg, mov32 (zero-extends), movsx 8/16/32 into 64 bits and 8/16 into 32", () => {
    fc.assert(
      fc.property(u64, (a) => {
        expect(r0("r1 = -r1", a, 0n)).toBe(u(64, -a));
        expect(r0("w1 = -w1", a, 0n)).toBe(u(32, -a));
        expect(r0("w1 = w1", a, 0n)).toBe(u(32, a));
        for (const n of [8, 16, 32]) expect(r0(`r1 = (s${n})r1`, a, 0n), `(s${n}) of ${hex(a)}`).toBe(u(64, s(n, a)));
        for (const n of [8, 16]) expect(r0(`w1 = (s${n})w1`, a, 0n), `w (s${n}) of ${hex(a)}`).toBe(u(32, s(n, a)));
      }),
      opts,
    );
  });

  it("bswap 16/32/64, be 16/32/64 (swap on a little-endian machine), le 16/32/64 (truncate)", () => {
    const rev = (v: bigint, bytes: number) => {
      let r = 0n;
      for (let i = 0; i < bytes; i++) r = (r << 8n) | ((v >> BigInt(8 * i)) & 0xffn);
      return r;
    };
    fc.assert(
      fc.property(u64, (a) => {
        for (const n of [16, 32, 64]) {
          expect(r0(`r1 = bswap${n} r1`, a, 0n), `bswap${n} ${hex(a)}`).toBe(rev(a, n / 8));
          expect(r0(`r1 = be${n} r1`, a, 0n), `be${n} ${hex(a)}`).toBe(rev(a, n / 8));
          expect(r0(`r1 = le${n} r1`, a, 0n), `le${n} ${hex(a)}`).toBe(u(n, a));
        }
      }),
      opts,
    );
  });
});
