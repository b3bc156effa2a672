// sync() (reg.ts) on doubles, for the registers whose 64-bit bounds and known bits all lie in
// [0, 2^53): loop counters, offsets, lengths, anything bounded and non-negative. There every
// value is exact as a double, the signed 64-bit reading of a value is the value, and a value's
// halves are Math.floor(x / 2^32) and x % 2^32, so syncWide()'s steps need no BigInt: each
// BigInt operation allocates, and syncWide() makes some sixty of them. The steps below are
// syncWide()'s (boundsFromTnum, three rounds of deduce32/deduce64/deduceMixed, tnumFromBounds,
// boundsFromTnum), in its order, with its comparisons, so the result is the same, impossible
// states included; reg.test.ts compares the two on random registers.

import type { Reg } from "./reg.ts";

const P32 = 4294967296; // 2^32
const MAX53 = 2n ** 53n - 1n;
const U32_MAX = 0xffffffffn;
const S32_MIN = -(2n ** 31n);
const S32_MAX = 2n ** 31n - 1n;

const INV32 = 1 / P32; // (scaling by a power of two is exact)
const hi = (x: number): number => Math.floor(x * INV32);
// (the bitwise operators read a number as its low 32 bits, exactly for an integer below 2^53)
const lo = (x: number): number => x >>> 0;
// (`| 0` is the signed reading of the low 32 bits, `>>> 0` the unsigned one)
// (two values below 2^32, the common case, need no halves)
const or = (a: number, b: number): number => (a < P32 && b < P32 ? (a | b) >>> 0 : (hi(a) | hi(b)) * P32 + ((a | b) >>> 0));
const and = (a: number, b: number): number => (a < P32 && b < P32 ? (a & b) >>> 0 : (hi(a) & hi(b)) * P32 + ((a & b) >>> 0));
const xor = (a: number, b: number): number => (a < P32 && b < P32 ? (a ^ b) >>> 0 : (hi(a) ^ hi(b)) * P32 + ((a ^ b) >>> 0));
const andNot = (a: number, b: number): number => (a < P32 && b < P32 ? (a & ~b) >>> 0 : (hi(a) & ~hi(b)) * P32 + ((a & ~b) >>> 0));

// The tnum being synced, as two numbers (value, mask); the tnum functions of tnum.ts on them.
let tv = 0;
let tm = 0;

/** t = tIntersect(t, tRange(min, max)). */
function intersectRange(min: number, max: number): void {
  const chi = xor(min, max);
  let rv = min;
  let rm = 0;
  if (chi !== 0) {
    const h = hi(chi);
    const bits = h ? 64 - Math.clz32(h) : 32 - Math.clz32(chi);
    rm = 2 ** bits - 1;
    rv = andNot(min, rm);
  }
  const v = or(tv, rv);
  tm = and(tm, rm);
  tv = andNot(v, tm);
}

/**
 * sync(r) computed on doubles, or undefined (r untouched) when a 64-bit bound or the tnum
 * lies outside [0, 2^53) or a 32-bit bound outside its type, or a dead state would take a
 * 64-bit bound below 0: the caller then runs syncWide().
 */
export function sync53(r: Reg): Reg | undefined {
  const t0 = r.var;
  if (t0.value > MAX53 || t0.mask > MAX53) return undefined;
  if (r.umin < 0n || r.umin > MAX53 || r.umax < 0n || r.umax > MAX53 || r.smin < 0n || r.smin > MAX53 || r.smax < 0n || r.smax > MAX53) return undefined;
  if (r.u32min < 0n || r.u32min > U32_MAX || r.u32max < 0n || r.u32max > U32_MAX || r.s32min < S32_MIN || r.s32min > S32_MAX || r.s32max < S32_MIN || r.s32max > S32_MAX) return undefined;
  const v0 = Number(t0.value);
  const m0 = Number(t0.mask);
  const umin0 = Number(r.umin), umax0 = Number(r.umax), smin0 = Number(r.smin), smax0 = Number(r.smax);
  const u32min0 = Number(r.u32min), u32max0 = Number(r.u32max), s32min0 = Number(r.s32min), s32max0 = Number(r.s32max);
  let umin = umin0, umax = umax0, smin = smin0, smax = smax0, u32min = u32min0, u32max = u32max0, s32min = s32min0, s32max = s32max0;
  tv = v0;
  tm = m0;

  // boundsFromTnum (written out twice: a closure would put every bound in a heap context)
  let v32 = lo(tv);
  let m32 = lo(tm);
  let top = or(tv, tm);
  s32min = Math.max(s32min, (v32 | (m32 & 0x80000000)) | 0);
  s32max = Math.min(s32max, (v32 | (m32 & 0x7fffffff)) | 0);
  u32min = Math.max(u32min, v32);
  u32max = Math.min(u32max, (v32 | m32) >>> 0);
  // bit 63 is clear: the signed bounds are the unsigned ones
  smin = Math.max(smin, tv);
  smax = Math.min(smax, top);
  umin = Math.max(umin, tv);
  umax = Math.min(umax, top);
  for (let k = 0; k < 3; k++) {
    const a = umin, b = umax, c = smin, d = smax, e = u32min, f = u32max, g = s32min, h = s32max;
    // deduce32
    if (hi(umin) === hi(umax)) {
      u32min = Math.max(u32min, lo(umin));
      u32max = Math.min(u32max, lo(umax));
      if ((umin | 0) <= (umax | 0)) {
        s32min = Math.max(s32min, umin | 0);
        s32max = Math.min(s32max, umax | 0);
      }
    }
    if (hi(smin) === hi(smax)) {
      if (lo(smin) <= lo(smax)) {
        u32min = Math.max(u32min, lo(smin));
        u32max = Math.min(u32max, lo(smax));
      }
      if ((smin | 0) <= (smax | 0)) {
        s32min = Math.max(s32min, smin | 0);
        s32max = Math.min(s32max, smax | 0);
      }
    }
    // (the high halves are below 2^21: adding one never wraps)
    if (hi(umin) + 1 === hi(umax) && (umin | 0) < 0 && (umax | 0) >= 0) {
      s32min = Math.max(s32min, umin | 0);
      s32max = Math.min(s32max, umax | 0);
    }
    if (hi(smin) + 1 === hi(smax) && (smin | 0) < 0 && (smax | 0) >= 0) {
      s32min = Math.max(s32min, smin | 0);
      s32max = Math.min(s32max, smax | 0);
    }
    if ((u32min | 0) <= (u32max | 0)) {
      s32min = Math.max(s32min, u32min | 0);
      s32max = Math.min(s32max, u32max | 0);
    }
    if (s32min >>> 0 <= s32max >>> 0) {
      u32min = Math.max(u32min, s32min >>> 0);
      u32max = Math.min(u32max, s32max >>> 0);
    } else if (u32max < s32min >>> 0) {
      s32min = u32min | 0;
      u32max = Math.min(u32max, s32max >>> 0);
    } else if (s32max >>> 0 < u32min) {
      s32max = u32max | 0;
      u32min = Math.max(u32min, s32min >>> 0);
    }
    // deduce64: both readings of a value below 2^63 are the value
    if (umin <= umax) {
      smin = Math.max(smin, umin);
      smax = Math.min(smax, umax);
    }
    if (smin <= smax) {
      umin = Math.max(umin, smin);
      umax = Math.min(umax, smax);
    } else if (umax < smin) {
      smin = umin;
      umax = Math.min(umax, smax);
    } else if (smax < umin) {
      smax = umax;
      umin = Math.max(umin, smin);
    }
    // deduceMixed: each end's high half with the 32-bit range's low half
    umin = Math.max(umin, hi(umin) * P32 + u32min);
    umax = Math.min(umax, hi(umax) * P32 + u32max);
    smin = Math.max(smin, hi(smin) * P32 + u32min);
    smax = Math.min(smax, hi(smax) * P32 + u32max);
    if (s32min >>> 0 <= s32max >>> 0) {
      const l = s32min >>> 0;
      const u = s32max >>> 0;
      umin = Math.max(umin, hi(umin) * P32 + l);
      umax = Math.min(umax, hi(umax) * P32 + u);
      smin = Math.max(smin, hi(smin) * P32 + l);
      smax = Math.min(smax, hi(smax) * P32 + u);
    }
    if (s32min >= 0 && smax <= 0x7fffffff) {
      // an impossible state (s32max < 0 <= s32min) would take the 64-bit bounds below 0: syncWide() then
      if (s32max < 0) return undefined;
      smin = umin = s32min;
      smax = umax = s32max;
      intersectRange(smin, smax);
    }
    if (a === umin && b === umax && c === smin && d === smax && e === u32min && f === u32max && g === s32min && h === s32max) break;
  }
  // tnumFromBounds: the 64-bit range, then the low half's 32-bit range
  intersectRange(umin, umax);
  const high = hi(tv) * P32;
  const highMask = hi(tm) * P32;
  tv = lo(tv);
  tm = lo(tm);
  intersectRange(u32min, u32max);
  tv = high + tv;
  tm = highMask + tm;
  // boundsFromTnum
  v32 = lo(tv);
  m32 = lo(tm);
  top = or(tv, tm);
  s32min = Math.max(s32min, (v32 | (m32 & 0x80000000)) | 0);
  s32max = Math.min(s32max, (v32 | (m32 & 0x7fffffff)) | 0);
  u32min = Math.max(u32min, v32);
  u32max = Math.min(u32max, (v32 | m32) >>> 0);
  smin = Math.max(smin, tv);
  smax = Math.min(smax, top);
  umin = Math.max(umin, tv);
  umax = Math.min(umax, top);

  if (tv !== v0 || tm !== m0) r.var = { value: BigInt(tv), mask: BigInt(tm) };
  // (a BigInt only for what changed: each one allocates)
  if (umin !== umin0) r.umin = BigInt(umin);
  if (umax !== umax0) r.umax = BigInt(umax);
  if (smin !== smin0) r.smin = BigInt(smin);
  if (smax !== smax0) r.smax = BigInt(smax);
  if (u32min !== u32min0) r.u32min = BigInt(u32min);
  if (u32max !== u32max0) r.u32max = BigInt(u32max);
  if (s32min !== s32min0) r.s32min = BigInt(s32min);
  if (s32max !== s32max0) r.s32max = BigInt(s32max);
  return r;
}
