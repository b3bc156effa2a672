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
const MAX53N = 2 ** 53 - 1;
// (the unbounded 32-bit ends, compared with: cheaper than converting them)
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

// The bounds and tnum sync53() started from, as doubles and as the BigInts they came from
// (module-level, not a closure's: a closure would put them in a heap context made at each call).
const OLD_N = new Float64Array(10);
const OLD_B: bigint[] = [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n];

/** x as a BigInt: the one an old bound was made from where one has x's value (each BigInt() allocates). */
function big(x: number): bigint {
  for (let k = 0; k < 10; k++) if (OLD_N[k] === x) return OLD_B[k];
  return BigInt(x);
}

/** ONES[n] = 2^n - 1, n bits set (a table: `2 ** n` with a variable n is a call to pow). */
const ONES = Float64Array.from({ length: 65 }, (_, n) => 2 ** n - 1);

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
    rm = ONES[bits];
    rv = andNot(min, rm);
  }
  const v = or(tv, rv);
  tm = and(tm, rm);
  tv = andNot(v, tm);
}

/**
 * Whether [umin, umax] surely holds two values the tnum (tv, tm) allows: umin itself and the
 * next one above it. Where it may hold one only, boundsFromTnum() may make that one known
 * (knownIfSoleMember), which is syncWide()'s to decide; so is a known value outside the range.
 */
function twoMembers(umin: number, umax: number): boolean {
  if (andNot(umin, tm) !== tv) return false;
  // the next member: umin's unknown bits counted up by one (the bits outside tm carry through)
  const up = and(and(umin, tm) + (MAX53N - tm) + 1, tm);
  return up !== 0 && or(tv, up) <= umax;
}

/**
 * sync(r) computed on doubles, or undefined (r untouched) when a 64-bit bound or the tnum
 * lies outside [0, 2^53) or a 32-bit bound outside its type, or a dead state would take a
 * 64-bit bound below 0: the caller then runs syncWide().
 */
export function sync53(r: Reg): Reg | undefined {
  // Each BigInt-to-double conversion is a call (as is each conversion back): a bound equal to
  // another (the signed and unsigned ends of a non-negative range, a tnum's least value and
  // umin, ...) reuses that one's double, a cheap comparison of the two BigInts deciding.
  // Whether a value lies in [0, 2^53) is read from its double: the conversion rounds, but no
  // integer outside the range rounds into it (2^53 + 1 becomes 2^53).
  const t0 = r.var;
  const bv0 = t0.value, bm0 = t0.mask, bumin = r.umin, bumax = r.umax, bsmin = r.smin, bsmax = r.smax;
  const bu32min = r.u32min, bu32max = r.u32max, bs32min = r.s32min, bs32max = r.s32max;
  const umin0 = bumin === 0n ? 0 : Number(bumin);
  const umax0 = bumax === bumin ? umin0 : Number(bumax);
  if (!(umin0 >= 0 && umax0 >= 0 && umin0 <= MAX53N && umax0 <= MAX53N)) return undefined;
  const smin0 = bsmin === bumin ? umin0 : Number(bsmin);
  const smax0 = bsmax === bumax ? umax0 : bsmax === bsmin ? smin0 : Number(bsmax);
  if (!(smin0 >= 0 && smax0 >= 0 && smin0 <= MAX53N && smax0 <= MAX53N)) return undefined;
  const v0 = bv0 === bumin ? umin0 : bv0 === 0n ? 0 : Number(bv0);
  const m0 = bm0 === 0n ? 0 : Number(bm0);
  if (!(v0 <= MAX53N && m0 <= MAX53N)) return undefined;
  // (a tnum's value and mask are never negative)
  const u32min0 = bu32min === bumin ? umin0 : bu32min === 0n ? 0 : Number(bu32min);
  const u32max0 = bu32max === bumax ? umax0 : bu32max === U32_MAX ? 0xffffffff : bu32max === bu32min ? u32min0 : Number(bu32max);
  if (!(u32min0 >= 0 && u32max0 >= 0 && u32min0 <= 0xffffffff && u32max0 <= 0xffffffff)) return undefined;
  const s32min0 = bs32min === bu32min ? u32min0 : bs32min === S32_MIN ? -0x80000000 : Number(bs32min);
  const s32max0 = bs32max === bu32max ? u32max0 : bs32max === S32_MAX ? 0x7fffffff : bs32max === bs32min ? s32min0 : Number(bs32max);
  if (!(s32min0 >= -0x80000000 && s32max0 >= -0x80000000 && s32min0 <= 0x7fffffff && s32max0 <= 0x7fffffff)) return undefined;
  let umin = umin0, umax = umax0, smin = smin0, smax = smax0, u32min = u32min0, u32max = u32max0, s32min = s32min0, s32max = s32max0;
  tv = v0;
  tm = m0;

  OLD_N[0] = umin0; OLD_N[1] = umax0; OLD_N[2] = smin0; OLD_N[3] = smax0; OLD_N[4] = u32min0; OLD_N[5] = u32max0; OLD_N[6] = s32min0; OLD_N[7] = s32max0; OLD_N[8] = v0; OLD_N[9] = m0;
  OLD_B[0] = bumin; OLD_B[1] = bumax; OLD_B[2] = bsmin; OLD_B[3] = bsmax; OLD_B[4] = bu32min; OLD_B[5] = bu32max; OLD_B[6] = bs32min; OLD_B[7] = bs32max; OLD_B[8] = bv0; OLD_B[9] = bm0;

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
  if (tm !== 0 ? !twoMembers(umin, umax) : umin > umax) return undefined;
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
  if (tm !== 0 ? !twoMembers(umin, umax) : umin > umax) return undefined;

  // (a BigInt only for what changed, and none for a value one of the old bounds had: each one allocates)
  if (tv !== v0 || tm !== m0) r.var = { value: big(tv), mask: tm === 0 ? 0n : big(tm) };
  if (umin !== umin0) r.umin = big(umin);
  if (umax !== umax0) r.umax = big(umax);
  if (smin !== smin0) r.smin = smin === umin ? r.umin : big(smin);
  if (smax !== smax0) r.smax = smax === umax ? r.umax : big(smax);
  if (u32min !== u32min0) r.u32min = big(u32min);
  if (u32max !== u32max0) r.u32max = big(u32max);
  if (s32min !== s32min0) r.s32min = s32min === u32min ? r.u32min : big(s32min);
  if (s32max !== s32max0) r.s32max = s32max === u32max ? r.u32max : big(s32max);
  return r;
}
