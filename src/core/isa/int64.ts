// 64-bit arithmetic on (hi, lo) pairs of int32, shared by the VM (for the operations its interpreter
// does not inline), its compiled path and the verifier's constant folding. Division and modulo
// go through BigInt: they are rare, and exactness matters more.
// RFC 9669: x / 0 = 0, x % 0 = x, INT_MIN s/ -1 = INT_MIN, INT_MIN s% -1 = 0.

export type Pair = [hi: number, lo: number];

export const toBig = (hi: number, lo: number): bigint => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
export const fromBig = (v: bigint): Pair => [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asIntN(32, v))];

/** High 32 bits of the unsigned 64-bit product of two u32. */
export function mulhiU32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const lo = a0 * b0;
  const mid1 = a1 * b0 + (lo >>> 16);
  const mid2 = a0 * b1 + (mid1 & 0xffff);
  return (a1 * b1 + Math.floor(mid1 / 65536) + Math.floor(mid2 / 65536)) | 0;
}

export function mul64(ah: number, al: number, bh: number, bl: number): Pair {
  const hi = (Math.imul(al, bh) + Math.imul(ah, bl) + mulhiU32(al >>> 0, bl >>> 0)) | 0;
  return [hi, Math.imul(al, bl)];
}

export function div64(ah: number, al: number, bh: number, bl: number, signed: boolean): Pair {
  if (bh === 0 && bl === 0) return [0, 0];
  if (signed) {
    const a = BigInt.asIntN(64, toBig(ah, al));
    const b = BigInt.asIntN(64, toBig(bh, bl));
    if (b === -1n) return fromBig(-a); // INT_MIN / -1 wraps to INT_MIN
    return fromBig(a / b);
  }
  return fromBig(toBig(ah, al) / toBig(bh, bl));
}

export function mod64(ah: number, al: number, bh: number, bl: number, signed: boolean): Pair {
  if (bh === 0 && bl === 0) return [ah, al];
  if (signed) {
    const a = BigInt.asIntN(64, toBig(ah, al));
    const b = BigInt.asIntN(64, toBig(bh, bl));
    if (b === -1n) return [0, 0];
    return fromBig(a % b); // BigInt % truncates like C
  }
  return fromBig(toBig(ah, al) % toBig(bh, bl));
}

export function div32(a: number, b: number, signed: boolean): number {
  if (b === 0) return 0;
  if (signed) {
    if (b === -1) return -a | 0;
    return (a / b) | 0; // truncation toward zero
  }
  return Math.floor((a >>> 0) / (b >>> 0)) | 0;
}

export function mod32(a: number, b: number, signed: boolean): number {
  if (b === 0) return a;
  if (signed) {
    if (b === -1) return 0;
    return a % b | 0;
  }
  return (a >>> 0) % (b >>> 0) | 0;
}

/** Logical shift left of a pair by 0..63. */
export function shl64(hi: number, lo: number, n: number): Pair {
  if (n === 0) return [hi, lo];
  if (n >= 32) return [lo << (n - 32), 0];
  return [(hi << n) | (lo >>> (32 - n)), lo << n];
}

export function shr64(hi: number, lo: number, n: number): Pair {
  if (n === 0) return [hi, lo];
  if (n >= 32) return [0, (hi >>> (n - 32)) | 0]; // | 0: by 32, hi >>> 0 is a uint32, not an int32
  return [hi >>> n, (lo >>> n) | (hi << (32 - n))];
}

export function sar64(hi: number, lo: number, n: number): Pair {
  if (n === 0) return [hi, lo];
  if (n >= 32) return [hi >> 31, hi >> (n - 32)];
  return [hi >> n, (lo >>> n) | (hi << (32 - n))];
}

export function bswap32(x: number): number {
  return ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);
}

export function bswap16(x: number): number {
  return ((x & 0xff) << 8) | ((x >>> 8) & 0xff);
}

/** Unsigned and signed 64-bit comparisons: -1, 0, 1. */
export function cmpU64(ah: number, al: number, bh: number, bl: number): number {
  if (ah !== bh) return ah >>> 0 < bh >>> 0 ? -1 : 1;
  if (al !== bl) return al >>> 0 < bl >>> 0 ? -1 : 1;
  return 0;
}

export function cmpS64(ah: number, al: number, bh: number, bl: number): number {
  if (ah !== bh) return ah < bh ? -1 : 1;
  if (al !== bl) return al >>> 0 < bl >>> 0 ? -1 : 1;
  return 0;
}
