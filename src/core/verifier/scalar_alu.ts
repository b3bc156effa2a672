// The bounds of a scalar ALU result, as the kernel computes them (adjust_scalar_min_max_vals):
// every operation updates the tnum and both the 64-bit and the 32-bit bounds of the low half,
// each from the operands' bounds of the same width; an ALU32 result is then zero-extended,
// its 64-bit bounds taken from the 32-bit ones, and the whole register synced.
// Shifts cross the halves, so a 64-bit shift forgets the 32-bit bounds (and a 32-bit one the
// 64-bit bounds) and lets sync() recover what the tnum says.

import { cloneReg, constScalar, max, min, S32_MAX, S32_MIN, S64_MAX, S64_MIN, scalarWithBounds, sync, U32_MAX, U64_MAX, unbound32, unbound64, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { TUNKNOWN, tAdd, tAnd, tArshift, tBswap, tCast, tLshift, tMul, tOr, tRange, tRshift, tSub, tSubreg, tXor } from "./tnum.ts";

/** One width's view of a register's bounds, so one function serves both halves. */
interface Width {
  readonly bits: 32 | 64;
  readonly smin: bigint;
  readonly smax: bigint;
  readonly umax: bigint;
  get(r: Reg): [bigint, bigint, bigint, bigint];
  set(r: Reg, umin: bigint, umax: bigint, smin: bigint, smax: bigint): void;
}

const W64: Width = {
  bits: 64,
  smin: S64_MIN,
  smax: S64_MAX,
  umax: U64_MAX,
  get: (r) => [r.umin, r.umax, r.smin, r.smax],
  set: (r, a, b, c, d) => {
    r.umin = a;
    r.umax = b;
    r.smin = c;
    r.smax = d;
  },
};

const W32: Width = {
  bits: 32,
  smin: S32_MIN,
  smax: S32_MAX,
  umax: U32_MAX,
  get: (r) => [r.u32min, r.u32max, r.s32min, r.s32max],
  set: (r, a, b, c, d) => {
    r.u32min = a;
    r.u32max = b;
    r.s32min = c;
    r.s32max = d;
  },
};

const inS = (w: Width, x: bigint) => x >= w.smin && x <= w.smax;

/**
 * Addition: a signed end that overflows loses the signed range; the unsigned range survives
 * when both ends overflow (the sums wrap together) or neither does.
 * (add and sub read the fields by name, not through Width.get: they run at every ALU
 * instruction on a range, and the arrays were most of what they allocated)
 */
function add(w: Width, r: Reg, b: Reg): void {
  const wide = w.bits === 64;
  let lo = wide ? r.smin + b.smin : r.s32min + b.s32min;
  let hi = wide ? r.smax + b.smax : r.s32max + b.s32max;
  if (!inS(w, lo) || !inS(w, hi)) {
    lo = w.smin;
    hi = w.smax;
  }
  let ulo = wide ? r.umin + b.umin : r.u32min + b.u32min;
  let uhi = wide ? r.umax + b.umax : r.u32max + b.u32max;
  const minOver = ulo > w.umax;
  const maxOver = uhi > w.umax;
  if (!minOver && maxOver) {
    ulo = 0n;
    uhi = w.umax;
  } else if (minOver) {
    ulo &= w.umax;
    uhi &= w.umax;
  }
  w.set(r, ulo, uhi, lo, hi);
}

/**
 * add(W64, r, b) computed with BigInt.asIntN/asUintN(64, ...) around each operation, which V8
 * compiles to machine operations (a bare BigInt operation or comparison past 64 bits is a call):
 * the wrapped sums, and overflow read from them. A signed sum overflows where both operands
 * have one sign and the wrapped sum the other; an unsigned one where the wrapped sum is below
 * an operand. Where add() keeps a range it is the wrapped sums. (Exported for alu.test.ts,
 * which compares it with add()'s rule on exact sums.)
 */
export function add64(r: Reg, b: Reg): void {
  const smin = r.smin, smax = r.smax, umin = r.umin, umax = r.umax;
  const lo = BigInt.asIntN(64, smin + b.smin);
  const hi = BigInt.asIntN(64, smax + b.smax);
  if (BigInt.asIntN(64, (smin ^ lo) & (b.smin ^ lo)) < 0n || BigInt.asIntN(64, (smax ^ hi) & (b.smax ^ hi)) < 0n) {
    r.smin = S64_MIN;
    r.smax = S64_MAX;
  } else {
    r.smin = lo;
    r.smax = hi;
  }
  const ulo = BigInt.asUintN(64, umin + b.umin);
  const uhi = BigInt.asUintN(64, umax + b.umax);
  if (ulo >= umin && uhi < umax) {
    // only the greatest sum wraps: the range splits
    r.umin = 0n;
    r.umax = U64_MAX;
  } else {
    r.umin = ulo;
    r.umax = uhi;
  }
}

/** Subtraction, likewise: the unsigned range survives when both ends underflow or neither does. */
function sub(w: Width, r: Reg, b: Reg): void {
  const wide = w.bits === 64;
  let lo = wide ? r.smin - b.smax : r.s32min - b.s32max;
  let hi = wide ? r.smax - b.smin : r.s32max - b.s32min;
  if (!inS(w, lo) || !inS(w, hi)) {
    lo = w.smin;
    hi = w.smax;
  }
  let ulo = wide ? r.umin - b.umax : r.u32min - b.u32max;
  let uhi = wide ? r.umax - b.umin : r.u32max - b.u32min;
  const minUnder = ulo < 0n;
  const maxUnder = uhi < 0n;
  if (minUnder && !maxUnder) {
    ulo = 0n;
    uhi = w.umax;
  } else if (maxUnder) {
    ulo &= w.umax;
    uhi &= w.umax;
  }
  w.set(r, ulo, uhi, lo, hi);
}

/** Multiplication: the unsigned ends multiplied when neither overflows; the signed range from the four corner products. */
function mul(w: Width, r: Reg, b: Reg): void {
  const [umin, umax, smin, smax] = w.get(r);
  const [bumin, bumax, bsmin, bsmax] = w.get(b);
  let [ulo, uhi] = [umin * bumin, umax * bumax];
  if (uhi > w.umax) [ulo, uhi] = [0n, w.umax];
  const p = [smin * bsmin, smin * bsmax, smax * bsmin, smax * bsmax];
  let [lo, hi] = [p.reduce(min), p.reduce(max)];
  if (!p.every((x) => inS(w, x))) [lo, hi] = [w.smin, w.smax];
  w.set(r, ulo, uhi, lo, hi);
}

/** The signed range an unsigned one gives when it stays on one side of the sign bit, else none. */
function signedFromUnsigned(w: Width, ulo: bigint, uhi: bigint): [bigint, bigint] {
  const s = (x: bigint) => BigInt.asIntN(w.bits, x);
  return s(ulo) <= s(uhi) ? [s(ulo), s(uhi)] : [w.smin, w.smax];
}

/** The bits the result's tnum (already computed into r.var) knows, at this width. */
const known = (w: Width, r: Reg): [bigint, bigint] => {
  const t = w.bits === 32 ? tSubreg(r.var) : r.var;
  return [t.value, t.mask];
};

/**
 * Bitwise and, or, xor: bounds from the result's tnum (a constant when both operands are), and
 * the operands' bounds where they say more.
 */
function bitwise(op: "and" | "or" | "xor", w: Width, r: Reg, b: Reg): void {
  const [v, m] = known(w, r);
  const [umin, umax] = w.get(r);
  const [bumin, bumax] = w.get(b);
  let [ulo, uhi] = [v, v | m];
  if (op === "and") uhi = min(umax, bumax); // the tnum's least value, the smaller operand's greatest
  if (op === "or") ulo = max(umin, bumin); // the larger operand's least value, the tnum's greatest
  const [lo, hi] = signedFromUnsigned(w, ulo, uhi);
  w.set(r, ulo, uhi, lo, hi);
}

/**
 * Adds b's bounds to r's, 32-bit and 64-bit, in place (the kernel's scalar32_min_max_add and
 * scalar_min_max_add on their own, as sync_linked_regs uses them; the caller syncs).
 */
export function addBounds(r: Reg, b: Reg): void {
  add(W32, r, b);
  add64(r, b);
}

/**
 * The register `dst op src` for two scalars, at the given width; the caller has checked that
 * the kernel computes a range at all (a shift by a constant below the width, no division).
 */
export function scalarAlu(op: string, dst: Reg, src: Reg, width: 32 | 64): Reg {
  const r = scalarWithBounds(dst);
  const alu32 = width === 32;
  switch (op) {
    case "add":
      add(W32, r, src);
      add64(r, src);
      r.var = tAdd(r.var, src.var);
      break;
    case "sub":
      sub(W32, r, src);
      sub(W64, r, src);
      r.var = tSub(r.var, src.var);
      break;
    case "mul":
      r.var = tMul(r.var, src.var);
      mul(W32, r, src);
      mul(W64, r, src);
      break;
    case "and":
    case "or":
    case "xor":
      r.var = op === "and" ? tAnd(r.var, src.var) : op === "or" ? tOr(r.var, src.var) : tXor(r.var, src.var);
      bitwise(op, W32, r, src);
      bitwise(op, W64, r, src);
      break;
    case "lsh":
      if (alu32) lsh32(r, src.u32min, src.u32max);
      else lsh64(r, src.umin, src.umax);
      break;
    case "rsh":
      if (alu32) {
        r.var = tSubreg(tRshift(tSubreg(r.var), Number(src.u32min)));
        [r.u32min, r.u32max] = [r.u32min >> src.u32max, r.u32max >> src.u32min];
        [r.s32min, r.s32max] = [S32_MIN, S32_MAX];
        unbound64(r);
      } else {
        r.var = tRshift(r.var, Number(src.umin));
        [r.umin, r.umax] = [r.umin >> src.umax, r.umax >> src.umin];
        [r.smin, r.smax] = [S64_MIN, S64_MAX];
        unbound32(r);
      }
      break;
    case "arsh": {
      // the shift is a constant here
      if (alu32) {
        const sh = src.u32min;
        [r.s32min, r.s32max] = [r.s32min >> sh, r.s32max >> sh];
        r.var = tArshift(tSubreg(r.var), Number(sh), 32);
        [r.u32min, r.u32max] = [0n, U32_MAX];
        unbound64(r);
      } else {
        const sh = src.umin;
        [r.smin, r.smax] = [r.smin >> sh, r.smax >> sh];
        r.var = tArshift(r.var, Number(sh), 64);
        [r.umin, r.umax] = [0n, U64_MAX];
        unbound32(r);
      }
      break;
    }
    default:
      return unknownScalar();
  }
  if (alu32) zext32(r);
  return sync(r);
}

/** A 32-bit left shift: the unsigned range shifts unless a set bit may leave the top. */
function lsh32(r: Reg, shMin: bigint, shMax: bigint): void {
  [r.s32min, r.s32max] = [S32_MIN, S32_MAX];
  if (shMax > 31n || r.u32max > 1n << (31n - shMax)) [r.u32min, r.u32max] = [0n, U32_MAX];
  else [r.u32min, r.u32max] = [r.u32min << shMin, r.u32max << shMax];
  r.var = tSubreg(tLshift(tSubreg(r.var), Number(shMin)));
  unbound64(r);
}

/**
 * A 64-bit left shift. `<<= 32` keeps the low half's signed range in the high half (the
 * compilers' `<<= 32; s>>= 32` sign extension), so it is computed before the 32-bit bounds go.
 */
function lsh64(r: Reg, shMin: bigint, shMax: bigint): void {
  if (shMin === 32n && shMax === 32n) [r.smin, r.smax] = [r.s32min << 32n, r.s32max << 32n];
  else [r.smin, r.smax] = [S64_MIN, S64_MAX];
  if (r.umax > 1n << (63n - shMax)) [r.umin, r.umax] = [0n, U64_MAX];
  else [r.umin, r.umax] = [r.umin << shMin, r.umax << shMax];
  // the 32-bit bounds as a 32-bit shift by the same amount would leave them
  [r.s32min, r.s32max] = [S32_MIN, S32_MAX];
  if (shMax > 31n || r.u32max > 1n << (31n - shMax)) [r.u32min, r.u32max] = [0n, U32_MAX];
  else [r.u32min, r.u32max] = [r.u32min << shMin, r.u32max << shMax];
  r.var = tLshift(r.var, Number(shMin));
}

/**
 * An ALU32 result is zero-extended: the tnum keeps the low half, and the 64-bit bounds are the
 * 32-bit unsigned ones (the signed ones too when they are non-negative).
 */
export function zext32(r: Reg): void {
  r.var = tCast(r.var, 4);
  r.umin = r.u32min;
  r.umax = r.u32max;
  if (r.s32min >= 0n && r.s32max >= 0n) [r.smin, r.smax] = [r.s32min, r.s32max];
  else [r.smin, r.smax] = [0n, U32_MAX];
}

/**
 * A scalar sign-extended from its low `size` bytes (1, 2 or 4) to 64 bits (a sign-extending
 * load, or movsx): the kernel's coerce_reg_to_size_sx, which changes the register in place, so
 * the rest of it (the precise mark, the id) stays. A constant stays one. A range whose bits
 * above the low `size` bytes are one value, and whose low parts have one sign, maps to their
 * sign-extended range, with the known bits that range gives (tnum_range: {0, 8} becomes
 * var_off (0x0; 0xf)); one already within the narrow signed type otherwise keeps its bounds and
 * forgets its known bits (Linux 6.18: `r = (s32)r` of [-100, 155] keeps [-100, 155]); anything
 * else is any value of the narrow signed type (the caller drops the id where the value may change).
 */
export function signExtend(r: Reg, size: 1 | 2 | 4): Reg {
  const bits = size * 8;
  const b = BigInt(bits);
  const half = 1n << (b - 1n);
  if (r.var.mask === 0n) {
    const k = constScalar(BigInt.asIntN(bits, r.var.value));
    k.precise = r.precise;
    return k;
  }
  const top = (x: bigint) => BigInt.asUintN(64, x) >> b;
  if (top(r.smax) === top(r.smin)) {
    const a = BigInt.asIntN(bits, r.smax);
    const c = BigInt.asIntN(bits, r.smin);
    const [lo, hi] = [min(a, c), max(a, c)];
    if (lo >= 0n === hi >= 0n) {
      // the kernel rewrites the bounds and the known bits (tnum_range), keeping the rest
      const out = cloneReg(r);
      [out.smin, out.smax, out.s32min, out.s32max] = [lo, hi, lo, hi];
      [out.umin, out.umax] = [BigInt.asUintN(64, lo), BigInt.asUintN(64, hi)];
      [out.u32min, out.u32max] = [BigInt.asUintN(32, lo), BigInt.asUintN(32, hi)];
      out.var = tRange(out.umin, out.umax);
      return sync(out);
    }
  }
  // within the narrow signed type already: the bounds stay, the known bits are forgotten
  if (r.smin >= -half && r.smax < half) {
    const out = cloneReg(r);
    out.var = TUNKNOWN;
    return sync(out);
  }
  const out = unknownScalar();
  out.precise = r.precise;
  if (size === 4) {
    // the low 32 bits stay as they were, their bounds too, and the value is their signed one
    // (Linux 6.18: (s32) of [8, 0xffffffff] keeps umin=umin32=8)
    [out.s32min, out.s32max, out.u32min, out.u32max] = [r.s32min, r.s32max, r.u32min, r.u32max];
    [out.smin, out.smax] = [r.s32min, r.s32max];
    return sync(out);
  }
  // the narrow type's signed range, in both widths
  [out.smin, out.smax, out.s32min, out.s32max] = [-half, half - 1n, -half, half - 1n];
  return sync(out);
}

/**
 * A byte-order conversion: le16/le32 keep the low bytes (a little-endian machine's to-LE),
 * be16/32/64 and bswap16/32/64 swap them; the bounds are what the resulting tnum says.
 */
export function byteOrder(r: Reg, kind: "le" | "be" | "bswap", bits: 16 | 32 | 64): Reg {
  const out = unknownScalar();
  out.var = kind === "le" ? tCast(r.var, bits / 8) : tBswap(r.var, bits);
  return sync(out);
}
