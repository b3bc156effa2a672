// Tracked numbers: what is known of a 64-bit value bit by bit. A bit set in `mask` is
// unknown; every other bit has the value it has in `value` (so value & mask == 0).
// The operations follow the published tnum algebra (Vishwanathan et al., "Sound, Precise,
// and Fast Abstract Interpretation with Tristate Numbers", CGO 2022), on BigInt.

const M64 = (1n << 64n) - 1n;
// (V8 compiles BigInt.asUintN(64, ...) around BigInt operations to machine operations, where a
// bare BigInt operation or comparison is a call: cheaper than testing whether x needs masking)
const u64 = (x: bigint) => BigInt.asUintN(64, x);

export interface Tnum {
  readonly value: bigint;
  readonly mask: bigint;
}

export const tnum = (value: bigint, mask: bigint): Tnum => {
  const m = BigInt.asUintN(64, mask);
  return { value: BigInt.asUintN(64, value & ~m), mask: m };
};
export const tconst = (v: bigint): Tnum => ({ value: u64(v), mask: 0n });
export const TUNKNOWN: Tnum = { value: 0n, mask: M64 };

export const isConst = (t: Tnum): boolean => t.mask === 0n;
export const isUnknown = (t: Tnum): boolean => t.mask === M64;

/** The smallest tnum holding every value in [min, max] (unsigned). */
export function tRange(min: bigint, max: bigint): Tnum {
  const chi = min ^ max;
  if (chi === 0n) return tconst(min);
  // fls64, without a string: chi < 2^64, so each half converts to a Number exactly
  const hi = Number(chi >> 32n);
  const bits = hi ? 64 - Math.clz32(hi) : 32 - Math.clz32(Number(chi));
  if (bits > 63) return TUNKNOWN;
  const delta = (1n << BigInt(bits)) - 1n;
  return tnum(min & ~delta, delta);
}

// tAdd and tSub run at every ALU instruction on a range. Every operation is wrapped in
// BigInt.asUintN(64, ...), which V8 compiles to machine operations (a bare BigInt operation or
// comparison is a call): the algebra's arithmetic is modulo 2^64, so the results are tnum()'s.
export function tAdd(a: Tnum, b: Tnum): Tnum {
  const sm = BigInt.asUintN(64, a.mask + b.mask);
  const sv = BigInt.asUintN(64, a.value + b.value);
  const chi = BigInt.asUintN(64, BigInt.asUintN(64, sm + sv) ^ sv);
  const mu = BigInt.asUintN(64, chi | a.mask | b.mask);
  return { value: BigInt.asUintN(64, sv & ~mu), mask: mu };
}

export function tSub(a: Tnum, b: Tnum): Tnum {
  const dv = BigInt.asUintN(64, a.value - b.value);
  const chi = BigInt.asUintN(64, BigInt.asUintN(64, dv + a.mask) ^ BigInt.asUintN(64, dv - b.mask));
  const mu = BigInt.asUintN(64, chi | a.mask | b.mask);
  return { value: BigInt.asUintN(64, dv & ~mu), mask: mu };
}

export function tNeg(a: Tnum): Tnum {
  return tSub(tconst(0n), a);
}

export function tAnd(a: Tnum, b: Tnum): Tnum {
  const alpha = a.value | a.mask;
  const beta = b.value | b.mask;
  const v = a.value & b.value;
  return tnum(v, alpha & beta & ~v);
}

export function tOr(a: Tnum, b: Tnum): Tnum {
  const v = a.value | b.value;
  const mu = a.mask | b.mask;
  return tnum(v, mu & ~v);
}

export function tXor(a: Tnum, b: Tnum): Tnum {
  const v = a.value ^ b.value;
  const mu = a.mask | b.mask;
  return tnum(v & ~mu, mu);
}

export function tMul(a: Tnum, b: Tnum): Tnum {
  // sum the partial products: known 1 bits add b's unknown bits, unknown bits add all of b's
  let accM = tconst(0n);
  let x = a;
  let y = b;
  while (x.value || x.mask) {
    if (x.value & 1n) accM = tAdd(accM, tnum(0n, y.mask));
    else if (x.mask & 1n) accM = tAdd(accM, tnum(0n, y.value | y.mask));
    x = tRshift(x, 1);
    y = tLshift(y, 1);
  }
  return tAdd(tconst(u64(a.value * b.value)), accM);
}

export function tLshift(a: Tnum, n: number): Tnum {
  return tnum(a.value << BigInt(n), a.mask << BigInt(n));
}

export function tRshift(a: Tnum, n: number): Tnum {
  return tnum(a.value >> BigInt(n), a.mask >> BigInt(n));
}

/** Arithmetic shift right within `width` bits (32 or 64). */
export function tArshift(a: Tnum, n: number, width: 32 | 64): Tnum {
  const sv = width === 64 ? BigInt.asIntN(64, a.value) : BigInt.asIntN(32, a.value);
  const sm = width === 64 ? BigInt.asIntN(64, a.mask) : BigInt.asIntN(32, a.mask);
  const mask = width === 64 ? M64 : 0xffffffffn;
  return tnum((sv >> BigInt(n)) & mask, (sm >> BigInt(n)) & mask);
}

/** The low `bits` bits with their bytes in the other order (be16/32/64 on a little-endian machine, bswap). */
export function tBswap(a: Tnum, bits: 16 | 32 | 64): Tnum {
  const swap = (x: bigint) => {
    let out = 0n;
    for (let k = 0; k < bits / 8; k++) out = (out << 8n) | ((x >> BigInt(8 * k)) & 0xffn);
    return out;
  };
  return tnum(swap(a.value), swap(a.mask));
}

/** Both a and b hold: the tnum of values in both, assuming they overlap. */
/** x's 64 bits as two 32-bit numbers (highBit() reads them: no string made). */
const bits64 = new DataView(new ArrayBuffer(8));

/** The highest set bit of x in (0, 2^64), as a value. */
function highBit(x: bigint): bigint {
  bits64.setBigUint64(0, x, true);
  const hi = bits64.getUint32(4, true);
  return 1n << BigInt(hi !== 0 ? 63 - Math.clz32(hi) : 31 - Math.clz32(bits64.getUint32(0, true)));
}

/**
 * The least member of t above z; t's least member when z is below it, and its greatest when z is
 * not below that (where the kernel's tnum_step stops).
 */
export function tNextAbove(t: Tnum, z: bigint): bigint {
  const top = t.value | t.mask;
  if (z >= top) return top;
  if (z < t.value) return t.value;
  // the least member at or above x
  const x = z + 1n;
  const agree = t.value | (x & t.mask); // the member with x's unknown bits
  if (agree === x) return x;
  // the highest bit where the two differ is a known one
  const k = highBit(agree ^ x);
  const upTo = (k << 1n) - 1n; // bit k and the bits below it
  // a known 1 over x's 0: x's bits above k, then the least bits the tnum allows
  if (agree > x) return (x & ~upTo) | (t.value & upTo);
  // a known 0 under x's 1: the lowest unknown bit above k where x has a 0 becomes 1
  const free = t.mask & ~x & ~upTo;
  const p = free & -free;
  return (x & ~((p << 1n) - 1n)) | p | (t.value & (p - 1n));
}

export function tIntersect(a: Tnum, b: Tnum): Tnum {
  const mu = BigInt.asUintN(64, a.mask & b.mask);
  return { value: BigInt.asUintN(64, (a.value | b.value) & ~mu), mask: mu };
}

/** Keeps the low `size` bytes. */
export function tCast(a: Tnum, size: number): Tnum {
  if (size >= 8) return a;
  const m = (1n << BigInt(size * 8)) - 1n;
  return tnum(a.value & m, a.mask & m);
}

export const tSubreg = (a: Tnum): Tnum => tCast(a, 4);

/** Replaces the low 32 bits of a with b's. */
export function tWithSubreg(a: Tnum, b: Tnum): Tnum {
  const hi = tnum(a.value & ~0xffffffffn, a.mask & ~0xffffffffn);
  return tOr(hi, tSubreg(b));
}

/** Whether every value of b is also a value of a. */
export function tIn(a: Tnum, b: Tnum): boolean {
  if (a === b) return true; // (copies of a register share its tnum)
  if (b.mask & ~a.mask) return false;
  return (b.value & ~a.mask) === a.value;
}

export function tIsAligned(a: Tnum, size: number): boolean {
  if (!size) return true;
  return ((a.value | a.mask) & BigInt(size - 1)) === 0n;
}

/** The kernel's text form: a constant in decimal, else (value; mask) in hex. */
export function tnumText(t: Tnum): string {
  return `(0x${t.value.toString(16)}; 0x${t.mask.toString(16)})`;
}

export const umin = (t: Tnum): bigint => t.value;
export const umax = (t: Tnum): bigint => t.value | t.mask;
