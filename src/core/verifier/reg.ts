// Register state as the kernel's verifier tracks it: a type, a fixed offset for pointers,
// and for the variable part (or a scalar's value) a tnum, signed/unsigned 64-bit bounds and
// signed/unsigned 32-bit bounds of the low half, each tracked on its own and kept consistent
// with the others by sync() (the kernel's reg_bounds_sync).

import type { Decoded } from "../isa/index.ts";
import type { MapDef } from "../program.ts";
import { isConst, tconst, tIntersect, tNextAbove, tnum, tRange, TUNKNOWN } from "./tnum.ts";
import type { Tnum } from "./tnum.ts";
import { sync53 } from "./sync53.ts";

export type RegType =
  | "not_init"
  | "scalar"
  | "ctx"
  | "map_ptr"
  | "map_ptr_or_null" // CONST_PTR_TO_MAP | PTR_MAYBE_NULL: an inner map from a lookup in a map of maps
  | "map_value"
  | "map_value_or_null"
  | "fp"
  | "pkt"
  | "pkt_end"
  | "pkt_meta"
  | "ringbuf_mem"
  | "ringbuf_mem_or_null"
  | "mem" // PTR_TO_MEM: memSize bytes (a global function's pointer argument)
  | "mem_or_null"
  | "sock" // PTR_TO_SOCKET: struct bpf_sock
  | "sock_or_null"
  | "sock_common" // PTR_TO_SOCK_COMMON: the fields every socket has
  | "sock_common_or_null"
  | "tcp_sock" // PTR_TO_TCP_SOCK: struct bpf_tcp_sock
  | "tcp_sock_or_null"
  | "xdp_sock" // PTR_TO_XDP_SOCK: struct bpf_xdp_sock, from a lookup in an xskmap
  | "xdp_sock_or_null"
  | "flow_keys" // PTR_TO_FLOW_KEYS: struct bpf_flow_keys of a flow dissector
  | "tp_buffer" // PTR_TO_TP_BUFFER: a writable tracepoint's buffer
  | "func";

export const S64_MIN = -(1n << 63n);
export const S64_MAX = (1n << 63n) - 1n;
export const U64_MAX = (1n << 64n) - 1n;

export interface Reg {
  type: RegType;
  /** Fixed offset of a pointer. */
  off: number;
  /** The variable part: a scalar's value, or a pointer's variable offset. */
  var: Tnum;
  smin: bigint;
  smax: bigint;
  umin: bigint;
  umax: bigint;
  /** Links copies of one pointer (null checks, packet ranges) or of one scalar. */
  id: number;
  /** Reference that must be released (ringbuf records, sockets from a lookup); casts of a socket share it. */
  refId: number;
  /** Packet bytes proven readable from the pointer. */
  range: number;
  /** Map index for map pointers and values. */
  map: number;
  /** Size of ringbuf memory and of other memory (mem). */
  memSize: number;
  /** Frame a stack pointer points into. */
  frame: number;
  /** Written since the state was printed (the log's `_w`). */
  written: boolean;
  /** A scalar whose exact bounds some later decision depended on (precision.ts). */
  precise: boolean;
  /**
   * Bounds of the low 32 bits, unsigned and signed (s32min/s32max in [-2^31, 2^31)). ALU32
   * operations and JMP32 tests compute them; 64-bit ones carry them along where they can.
   */
  u32min: bigint;
  u32max: bigint;
  s32min: bigint;
  s32max: bigint;
}

export const U32_MAX = 0xffffffffn;
export const S32_MIN = -(1n << 31n);
export const S32_MAX = (1n << 31n) - 1n;
const P32 = 1n << 32n;

// Every Reg is built by this one literal so that all share one object shape (the engine's
// fast path); spreads and optional fields would give them many.
function make(type: RegType, v: Tnum, smin: bigint, smax: bigint, umin: bigint, umax: bigint): Reg {
  return { type, off: 0, var: v, smin, smax, umin, umax, id: 0, refId: 0, range: 0, map: -1, memSize: 0, frame: 0, written: false, precise: false, u32min: 0n, u32max: U32_MAX, s32min: S32_MIN, s32max: S32_MAX };
}

/** A scalar with r's tnum and eight bounds and every other field unknownScalar()'s. */
export function scalarWithBounds(r: Reg): Reg {
  const out = make("scalar", r.var, r.smin, r.smax, r.umin, r.umax);
  out.u32min = r.u32min;
  out.u32max = r.u32max;
  out.s32min = r.s32min;
  out.s32max = r.s32max;
  return out;
}

export function notInit(): Reg {
  return make("not_init", TUNKNOWN, S64_MIN, S64_MAX, 0n, U64_MAX);
}

export function unknownScalar(): Reg {
  return make("scalar", TUNKNOWN, S64_MIN, S64_MAX, 0n, U64_MAX);
}

export function constScalar(v: bigint): Reg {
  const r = make("scalar", TUNKNOWN, 0n, 0n, 0n, 0n);
  setConstBounds(r, v);
  return r;
}

/**
 * Makes `r` the known scalar u, in place, exactly as constScalar(u) would make a new one (every
 * field, `written` cleared): for a register of the state being walked that nothing else holds,
 * one allocation fewer per constant ALU instruction. u is in [0, 2^64), as alu.ts fold() gives
 * it: the comparisons that place another value there are left out (each is a call).
 */
export function setConst(r: Reg, u: bigint): void {
  r.type = "scalar";
  r.off = 0;
  r.id = 0;
  r.refId = 0;
  r.range = 0;
  r.map = -1;
  r.memSize = 0;
  r.frame = 0;
  r.written = false;
  r.precise = false;
  r.var = { value: u, mask: 0n };
  // (which readings differ, from u's two halves as numbers: a BigInt comparison is a call)
  PUN64[0] = u;
  const hi = PUN32[HI];
  const lo = PUN32[HI ^ 1];
  if (hi === 0 && lo <= 0x7fffffff) {
    r.umin = r.umax = r.smin = r.smax = r.u32min = r.u32max = r.s32min = r.s32max = u;
    return;
  }
  r.umin = r.umax = u;
  r.smin = r.smax = hi <= 0x7fffffff ? u : BigInt.asIntN(64, u);
  const low = hi === 0 ? u : BigInt.asUintN(64, u & U32_MAX);
  r.u32min = r.u32max = low;
  r.s32min = r.s32max = lo <= 0x7fffffff ? low : BigInt.asIntN(64, low - P32);
}

/** Eight bytes read as one unsigned 64-bit value or as two 32-bit halves (setConst()). */
const PUN64 = new BigUint64Array(1);
const PUN32 = new Uint32Array(PUN64.buffer);
/** Which half of PUN32 is the high one (the machine's byte order). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * The tnum and the eight bounds of the known value v (its low 64 bits). Every BigInt operation,
 * comparisons included, is a call and most allocate: a value in [0, 2^31) is every bound itself
 * (two comparisons, no BigInt made), one in [0, 2^63) its own u64 and s64 reading, and
 * BigInt.asUintN/asIntN(64, ...) around an operation compile to machine operations.
 */
function setConstBounds(r: Reg, v: bigint): void {
  let u = v;
  if (v >= 0n) {
    if (v <= S32_MAX) {
      r.var = { value: v, mask: 0n };
      r.umin = r.umax = r.smin = r.smax = r.u32min = r.u32max = r.s32min = r.s32max = v;
      return;
    }
    if (v > U64_MAX) u = BigInt.asUintN(64, v);
  } else u = BigInt.asUintN(64, v);
  r.var = { value: u, mask: 0n };
  r.umin = r.umax = u;
  r.smin = r.smax = u <= S64_MAX ? u : BigInt.asIntN(64, u);
  setLow32(r, u);
}

/**
 * An instruction's immediate as a scalar, made once per instruction: ALU operations and branches
 * only read their operands (frozen, so a write would throw), and a loop runs the same
 * instructions again and again.
 */
const IMMEDIATES = new WeakMap<Decoded, Reg>();
export const immediate = (d: Decoded): Reg => IMMEDIATES.get(d) ?? (IMMEDIATES.set(d, Object.freeze(constScalar(BigInt(d.insn.imm)))), IMMEDIATES.get(d)!);

/** Makes the low 32 bits' bounds the constant v's (the kernel's __mark_reg32_known, bounds only); v is unsigned. */
export function setConst32(r: Reg, v: bigint): void {
  // (a value in [0, 2^31) is its own low half in both readings: no BigInt made)
  if (v >= 0n && v <= S32_MAX) {
    r.u32min = r.u32max = r.s32min = r.s32max = v;
    return;
  }
  setLow32(r, v);
}

/** setConst32() of a value not in [0, 2^31). */
function setLow32(r: Reg, v: bigint): void {
  // (`& U32_MAX` and `- 2^32` under BigInt.asUintN/asIntN(64, ...) compile to machine operations,
  // where a bare `&` or BigInt.asIntN(32, ...) is a call)
  const lo = v > 0n && v <= U32_MAX ? v : BigInt.asUintN(64, v & U32_MAX);
  r.u32min = r.u32max = lo;
  r.s32min = r.s32max = lo <= S32_MAX ? lo : BigInt.asIntN(64, lo - P32);
}

/** Forgets the 32-bit bounds (__mark_reg32_unbounded). */
export function unbound32(r: Reg): void {
  r.u32min = 0n;
  r.u32max = U32_MAX;
  r.s32min = S32_MIN;
  r.s32max = S32_MAX;
}

/** Forgets the 64-bit bounds (__mark_reg64_unbounded). */
export function unbound64(r: Reg): void {
  r.umin = 0n;
  r.umax = U64_MAX;
  r.smin = S64_MIN;
  r.smax = S64_MAX;
}

export function pointer(type: RegType, extra?: Partial<Reg>): Reg {
  const r = make(type, tconst(0n), 0n, 0n, 0n, 0n);
  setConst32(r, 0n);
  return extra ? Object.assign(r, extra) : r;
}

export const isPointer = (r: Reg): boolean => r.type !== "scalar" && r.type !== "not_init";
export const isConstReg = (r: Reg): boolean => r.type === "scalar" && isConst(r.var);
export const constValue = (r: Reg): bigint => r.var.value;

/**
 * Brings the tnum and the four pairs of bounds into agreement, as the kernel's reg_bounds_sync
 * does: bounds from the tnum, each pair from the others (three rounds), bits from the bounds,
 * and bounds from those bits again. An impossible state (min > max) is left for the caller.
 */
export function sync(r: Reg): Reg {
  if (r.var.mask === 0n && syncConst(r)) return r;
  return sync53(r) ?? syncWide(r);
}

/** sync() by the general rules, whatever the values (exported for the tests that compare the two). */
export function syncWide(r: Reg): Reg {
  boundsFromTnum(r);
  // a round that changes nothing would change nothing the next time either
  for (let k = 0; k < 3; k++) {
    const { umin, umax, smin, smax, u32min, u32max, s32min, s32max } = r;
    deduce(r);
    if (umin === r.umin && umax === r.umax && smin === r.smin && smax === r.smax && u32min === r.u32min && u32max === r.u32max && s32min === r.s32min && s32max === r.s32max) break;
  }
  tnumFromBounds(r);
  boundsFromTnum(r);
  return r;
}

/** sync() of a known value inside every bound: each bound is the value (the common case, made cheap). */
function syncConst(r: Reg): boolean {
  const v = r.var.value;
  const sv = BigInt.asIntN(64, v);
  const v32 = v & U32_MAX;
  const sv32 = BigInt.asIntN(32, v32);
  if (v < r.umin || v > r.umax || sv < r.smin || sv > r.smax || v32 < r.u32min || v32 > r.u32max || sv32 < r.s32min || sv32 > r.s32max) return false;
  r.umin = r.umax = v;
  r.smin = r.smax = sv;
  r.u32min = r.u32max = v32;
  r.s32min = r.s32max = sv32;
  return true;
}

const LOW = U32_MAX;
const HIGH = U64_MAX ^ U32_MAX;
// (V8 compiles BigInt.asIntN/asUintN(64, ...) around BigInt operations to machine operations;
// BigInt.asIntN(32, x) and a bare `x & LOW` are calls)
const s32 = (x: bigint): bigint => BigInt.asIntN(64, ((x & LOW) ^ 0x80000000n) - 0x80000000n);
const u32 = (x: bigint): bigint => BigInt.asUintN(64, x & LOW);
const s64 = (x: bigint): bigint => BigInt.asIntN(64, x);
/** The high half of a u64, and of an s64 (signed). */
const hi64 = (x: bigint): bigint => BigInt.asUintN(64, x >> 32n);
const shi64 = (x: bigint): bigint => BigInt.asIntN(64, x >> 32n);
/** x with its low half replaced by lo (in [0, 2^32)): a u64, and an s64. */
const withLow = (x: bigint, lo: bigint): bigint => BigInt.asUintN(64, (x & HIGH) | lo);
const withLowS = (x: bigint, lo: bigint): bigint => BigInt.asIntN(64, (x & ~LOW) | lo);
const u64 = (x: bigint): bigint => BigInt.asUintN(64, x);

/** Bounds that the known bits imply (__update_reg_bounds): 32-bit from the low half, 64-bit from all. */
export function boundsFromTnum(r: Reg): void {
  const v = r.var.value;
  const m = r.var.mask;
  const v32 = u32(v);
  const m32 = u32(m);
  // the least signed value has the sign bit set if it may be; the greatest, clear
  r.s32min = max(r.s32min, s32(v32 | (m32 & 0x80000000n)));
  r.s32max = min(r.s32max, s32(v32 | (m32 & 0x7fffffffn)));
  r.u32min = max(r.u32min, v32);
  r.u32max = min(r.u32max, BigInt.asUintN(64, v32 | m32));
  r.smin = max(r.smin, s64(v | (m & (1n << 63n))));
  r.smax = min(r.smax, s64(v | (m & S64_MAX)));
  r.umin = max(r.umin, v);
  r.umax = min(r.umax, BigInt.asUintN(64, v | m));
  // (a known value inside the range is the range already; one outside it is the value: the kernel's rule, impossible ranges included)
  if (m !== 0n || r.umin !== r.umax) knownIfSoleMember(r);
}

/**
 * 6.18's __update_reg64_bounds: where [umin, umax] holds one value only of those the known bits
 * allow, that value is known (`if w7 == 0` on a value of bits (0; 0x80) leaves 128). The kernel
 * tells three cases apart by the members next above umin, impossible ranges included: umin is a
 * member and the next is past umax; umin is not and the next is the greatest member; or the next
 * is in the range and the one after it past umax.
 */
function knownIfSoleMember(r: Reg): void {
  const t = r.var;
  const next = tNextAbove(t, r.umin);
  if ((r.umin & ~t.mask) === t.value) {
    if (next > r.umax) setConstBounds(r, r.umin);
  } else if (next === (t.value | t.mask)) setConstBounds(r, next);
  else if (next <= r.umax && tNextAbove(t, next) > r.umax) setConstBounds(r, next);
}

/** One round of learning each pair of bounds from the others (__reg_deduce_bounds). */
function deduce(r: Reg): void {
  deduce32(r);
  deduce64(r);
  deduceMixed(r);
}

/** 32-bit bounds from the 64-bit ones where the high half allows it, then signed and unsigned from each other. */
function deduce32(r: Reg): void {
  // a 64-bit range whose high half is one value: its low halves form a range too
  if (hi64(r.umin) === hi64(r.umax)) {
    r.u32min = max(r.u32min, u32(r.umin));
    r.u32max = min(r.u32max, u32(r.umax));
    if (s32(r.umin) <= s32(r.umax)) {
      r.s32min = max(r.s32min, s32(r.umin));
      r.s32max = min(r.s32max, s32(r.umax));
    }
  }
  if (shi64(r.smin) === shi64(r.smax)) {
    if (u32(r.smin) <= u32(r.smax)) {
      r.u32min = max(r.u32min, u32(r.smin));
      r.u32max = min(r.u32max, u32(r.smax));
    }
    if (s32(r.smin) <= s32(r.smax)) {
      r.s32min = max(r.s32min, s32(r.smin));
      r.s32max = min(r.s32max, s32(r.smax));
    }
  }
  // two consecutive high halves, the low half going from negative to non-negative across them:
  // the low halves still form one signed range (e.g. s64 [-1, 1])
  if (BigInt.asUintN(64, (hi64(r.umin) + 1n) & LOW) === hi64(r.umax) && s32(r.umin) < 0n && s32(r.umax) >= 0n) {
    r.s32min = max(r.s32min, s32(r.umin));
    r.s32max = min(r.s32max, s32(r.umax));
  }
  if (BigInt.asUintN(64, (shi64(r.smin) + 1n) & LOW) === BigInt.asUintN(64, shi64(r.smax) & LOW) && s32(r.smin) < 0n && s32(r.smax) >= 0n) {
    r.s32min = max(r.s32min, s32(r.smin));
    r.s32max = min(r.s32max, s32(r.smax));
  }
  // an unsigned range on one side of the sign bit is a signed range too
  if (s32(r.u32min) <= s32(r.u32max)) {
    r.s32min = max(r.s32min, s32(r.u32min));
    r.s32max = min(r.s32max, s32(r.u32max));
  }
  if (u32(r.s32min) <= u32(r.s32max)) {
    // a signed range on one side of the sign bit is an unsigned one too
    r.u32min = max(r.u32min, u32(r.s32min));
    r.u32max = min(r.u32max, u32(r.s32max));
  } else if (r.u32max < u32(r.s32min)) {
    // the signed range crosses the sign bit, and the unsigned range meets only its non-negative part
    r.s32min = s32(r.u32min);
    r.u32max = min(r.u32max, u32(r.s32max));
  } else if (u32(r.s32max) < r.u32min) {
    // ... or only its negative part
    r.s32max = s32(r.u32max);
    r.u32min = max(r.u32min, u32(r.s32min));
  }
}

/** 64-bit signed and unsigned bounds from each other. */
function deduce64(r: Reg): void {
  if (s64(r.umin) <= s64(r.umax)) {
    r.smin = max(r.smin, s64(r.umin));
    r.smax = min(r.smax, s64(r.umax));
  }
  if (u64(r.smin) <= u64(r.smax)) {
    r.umin = max(r.umin, u64(r.smin));
    r.umax = min(r.umax, u64(r.smax));
  } else if (r.umax < u64(r.smin)) {
    r.smin = s64(r.umin);
    r.umax = min(r.umax, u64(r.smax));
  } else if (u64(r.smax) < r.umin) {
    r.smax = s64(r.umax);
    r.umin = max(r.umin, u64(r.smin));
  }
}

/** 64-bit bounds from the 32-bit ones: the low half of each end moved to the 32-bit range. */
function deduceMixed(r: Reg): void {
  r.umin = max(r.umin, withLow(r.umin, r.u32min));
  r.umax = min(r.umax, withLow(r.umax, r.u32max));
  r.smin = max(r.smin, withLowS(r.smin, r.u32min));
  r.smax = min(r.smax, withLowS(r.smax, r.u32max));
  if (u32(r.s32min) <= u32(r.s32max)) {
    const lo = u32(r.s32min);
    const hi = u32(r.s32max);
    r.umin = max(r.umin, withLow(r.umin, lo));
    r.umax = min(r.umax, withLow(r.umax, hi));
    r.smin = max(r.smin, withLowS(r.smin, lo));
    r.smax = min(r.smax, withLowS(r.smax, hi));
  }
  // a value in the s32 range whose low half is non-negative is that low half (after a
  // sign-extending load, the high half cannot be all ones)
  if (r.s32min >= 0n && r.smin >= S32_MIN && r.smax <= S32_MAX) {
    r.smin = r.umin = r.s32min;
    r.smax = r.s32max;
    // (as u64: an impossible state's s32max may be negative, and the kernel's umax is then near 2^64)
    r.umax = u64(r.s32max);
    r.var = tIntersect(r.var, tRange(r.smin, r.smax));
  }
}

/** Known bits from the bounds (__reg_bound_offset): the 64-bit range, then the low half's 32-bit range. */
function tnumFromBounds(r: Reg): void {
  const t64 = tIntersect(r.var, tRange(r.umin, r.umax));
  const t32 = tIntersect(tnum(t64.value & LOW, t64.mask & LOW), tRange(r.u32min, r.u32max));
  r.var = tnum((t64.value & HIGH) | t32.value, (t64.mask & HIGH) | t32.mask);
}

/**
 * What the kernel's reg_bounds_sanity_check finds wrong with a scalar's bounds, or undefined: a
 * range whose ends cross, or a known value (64-bit, or the low half's) the bounds disagree with.
 */
export function invariantViolation(r: Reg): string | undefined {
  if (!possible(r)) return "range bounds violation";
  // (it runs after every ALU instruction: the helpers above, which V8 compiles to machine operations, not BigInt calls)
  const v = r.var.value;
  const m = r.var.mask;
  if (m === 0n) {
    const sv = s64(v);
    if (r.umin !== v || r.umax !== v || r.smin !== sv || r.smax !== sv) return "const tnum out of sync with range bounds";
  }
  if (u32(m) === 0n) {
    const v32 = u32(v);
    const sv32 = s32(v);
    if (r.u32min !== v32 || r.u32max !== v32 || r.s32min !== sv32 || r.s32max !== sv32) return "const subreg tnum out of sync with range bounds";
  }
  return undefined;
}

/** Whether no range's ends cross (a state with crossed ends holds no value). */
export const possible = (r: Reg): boolean => r.umin <= r.umax && r.smin <= r.smax && r.u32min <= r.u32max && r.s32min <= r.s32max;

export const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** Forgets bounds, keeping the type (a scalar of unknown value). */
export function markUnknown(r: Reg): void {
  Object.assign(r, unknownScalar());
}

export function fromBounds(umin: bigint, umax: bigint): Reg {
  const r = unknownScalar();
  r.umin = umin;
  r.umax = umax;
  r.var = tRange(umin, umax);
  return sync(r);
}

/** The 32-bit subregister's bounds. */
export function bounds32(r: Reg): { umin: bigint; umax: bigint; smin: bigint; smax: bigint } {
  return { umin: r.u32min, umax: r.u32max, smin: r.s32min, smax: r.s32max };
}

/** The 32-bit subregister's unsigned bounds. */
export const u32Bounds = (r: Reg): [bigint, bigint] => [r.u32min, r.u32max];

export const s32Bounds = (r: Reg): [bigint, bigint] => [r.s32min, r.s32max];

/** Whether the 32-bit bounds of `old` contain those of `cur` (for pruning: the kernel's range_within). */
export const covers32 = (old: Reg, cur: Reg): boolean =>
  old.u32min <= cur.u32min && old.u32max >= cur.u32max && old.s32min <= cur.s32min && old.s32max >= cur.s32max;

/**
 * The map a register's `map` index names. Indices past the program's maps name inner maps: the
 * inner map of outer map k (a map of maps) is maps.length + k.
 */
export function mapAt(maps: readonly MapDef[], index: number): MapDef | undefined {
  if (index < 0) return undefined;
  return index < maps.length ? maps[index] : maps[index - maps.length]?.inner;
}

/** The index of outer map k's inner map (see mapAt). */
export const innerMapIndex = (maps: readonly MapDef[], outer: number): number => maps.length + outer;

/** The socket pointer types, which may be read field by field but never written (type_is_sk_pointer). */
export const isSockType = (t: RegType): boolean => t === "sock" || t === "sock_common" || t === "tcp_sock" || t === "xdp_sock";

export const cloneReg = (r: Reg): Reg => ({
  type: r.type, off: r.off, var: r.var, smin: r.smin, smax: r.smax, umin: r.umin, umax: r.umax,
  id: r.id, refId: r.refId, range: r.range, map: r.map, memSize: r.memSize, frame: r.frame, written: r.written, precise: r.precise,
  u32min: r.u32min, u32max: r.u32max, s32min: r.s32min, s32max: r.s32max,
});
