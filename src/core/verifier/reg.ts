// Register state as the kernel's verifier tracks it: a type, a fixed offset for pointers,
// and for the variable part (or a scalar's value) a tnum and signed/unsigned 64-bit bounds,
// kept consistent with each other. 32-bit views are derived where needed.

import { isConst, tconst, tIntersect, tnum, tRange, TUNKNOWN } from "./tnum.ts";
import type { Tnum } from "./tnum.ts";

export type RegType =
  | "not_init"
  | "scalar"
  | "ctx"
  | "map_ptr"
  | "map_value"
  | "map_value_or_null"
  | "fp"
  | "pkt"
  | "pkt_end"
  | "pkt_meta"
  | "ringbuf_mem"
  | "ringbuf_mem_or_null"
  | "sock" // PTR_TO_SOCKET: struct bpf_sock
  | "sock_or_null"
  | "sock_common" // PTR_TO_SOCK_COMMON: the fields every socket has
  | "sock_common_or_null"
  | "tcp_sock" // PTR_TO_TCP_SOCK: struct bpf_tcp_sock
  | "tcp_sock_or_null"
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
  /** Size of ringbuf memory. */
  memSize: number;
  /** Frame a stack pointer points into. */
  frame: number;
  /** Written since the state was printed (the log's `_w`). */
  written: boolean;
  /** A scalar whose exact bounds some later decision depended on (precision.ts). */
  precise: boolean;
  /**
   * What JMP32 tests proved about the low 32 bits beyond what the 64-bit bounds and the tnum say
   * (the kernel tracks 32-bit bounds apart); full ranges when nothing was. Read through bounds32().
   */
  u32min: bigint;
  u32max: bigint;
  s32min: bigint;
  s32max: bigint;
}

export const U32_MAX = 0xffffffffn;
export const S32_MIN = -(1n << 31n);
export const S32_MAX = (1n << 31n) - 1n;

// Every Reg is built by this one literal so that all share one object shape (the engine's
// fast path); spreads and optional fields would give them many.
function make(type: RegType, v: Tnum, smin: bigint, smax: bigint, umin: bigint, umax: bigint): Reg {
  return { type, off: 0, var: v, smin, smax, umin, umax, id: 0, refId: 0, range: 0, map: -1, memSize: 0, frame: 0, written: false, precise: false, u32min: 0n, u32max: U32_MAX, s32min: S32_MIN, s32max: S32_MAX };
}

export function notInit(): Reg {
  return make("not_init", TUNKNOWN, S64_MIN, S64_MAX, 0n, U64_MAX);
}

export function unknownScalar(): Reg {
  return make("scalar", TUNKNOWN, S64_MIN, S64_MAX, 0n, U64_MAX);
}

export function constScalar(v: bigint): Reg {
  const u = BigInt.asUintN(64, v);
  return make("scalar", tconst(u), BigInt.asIntN(64, v), BigInt.asIntN(64, v), u, u);
}

export function pointer(type: RegType, extra?: Partial<Reg>): Reg {
  const r = make(type, tconst(0n), 0n, 0n, 0n, 0n);
  return extra ? Object.assign(r, extra) : r;
}

export const isPointer = (r: Reg): boolean => r.type !== "scalar" && r.type !== "not_init";
export const isConstReg = (r: Reg): boolean => r.type === "scalar" && isConst(r.var);
export const constValue = (r: Reg): bigint => r.var.value;

/** Brings tnum and bounds into agreement (the kernel's __update_reg_bounds and friends). */
export function sync(r: Reg): Reg {
  // bounds from the tnum
  r.umin = max(r.umin, r.var.value);
  r.umax = min(r.umax, r.var.value | r.var.mask);
  const sv = BigInt.asIntN(64, r.var.value | (r.var.mask & (1n << 63n)));
  const svMax = BigInt.asIntN(64, r.var.value | (r.var.mask & ~(1n << 63n)));
  r.smin = max(r.smin, sv);
  r.smax = min(r.smax, svMax);
  // signed and unsigned from each other
  if (r.umax <= S64_MAX) {
    r.smin = max(r.smin, r.umin);
    r.smax = min(r.smax, r.umax);
  } else if (r.umin > S64_MAX) {
    r.smin = max(r.smin, BigInt.asIntN(64, r.umin));
    r.smax = min(r.smax, BigInt.asIntN(64, r.umax));
  }
  if (r.smin >= 0n) {
    r.umin = max(r.umin, r.smin);
    r.umax = min(r.umax, r.smax);
  } else if (r.smax < 0n) {
    r.umin = max(r.umin, BigInt.asUintN(64, r.smin));
    r.umax = min(r.umax, BigInt.asUintN(64, r.smax));
  } else if (r.umax < BigInt.asUintN(64, r.smin)) {
    // the signed range crosses the sign bit, and the unsigned range meets only its positive part
    r.smin = r.umin <= S64_MAX ? max(r.smin, r.umin) : r.smin;
    r.umax = min(r.umax, r.smax);
  } else if (BigInt.asUintN(64, r.smax) < r.umin) {
    // ... or only its negative part
    r.smax = min(r.smax, BigInt.asIntN(64, r.umax));
    r.umin = max(r.umin, BigInt.asUintN(64, r.smin));
  }
  // tnum from the bounds
  r.var = tIntersect(r.var, tRange(r.umin, r.umax));
  if (r.umin > r.umax || r.smin > r.smax) return r; // an impossible state: the caller prunes the branch
  return r;
}

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

/** The 32-bit subregister's bounds: derived from the 64-bit bounds and the tnum, and what JMP32 tests proved. */
export function bounds32(r: Reg): { umin: bigint; umax: bigint; smin: bigint; smax: bigint } {
  let umin: bigint;
  let umax: bigint;
  if (r.umax >> 32n === r.umin >> 32n) [umin, umax] = [r.umin & U32_MAX, r.umax & U32_MAX];
  else {
    const t = tnum(r.var.value & U32_MAX, r.var.mask & U32_MAX);
    [umin, umax] = [t.value, t.value | t.mask];
  }
  umin = max(umin, r.u32min);
  umax = min(umax, r.u32max);
  let smin = S32_MIN;
  let smax = S32_MAX;
  if (umax <= S32_MAX) [smin, smax] = [umin, umax];
  else if (umin > S32_MAX) [smin, smax] = [umin - (1n << 32n), umax - (1n << 32n)];
  smin = max(smin, r.s32min);
  smax = min(smax, r.s32max);
  // a 64-bit signed range inside the s32 range is the low half's signed range
  if (r.smin >= S32_MIN && r.smax <= S32_MAX) [smin, smax] = [max(smin, r.smin), min(smax, r.smax)];
  // a signed range across the sign bit is [0, smax] and [smin, 0): the unsigned range may meet one only
  if (smin < 0n && smax >= 0n) {
    if (umin > smax) smax = -1n;
    else if (umax < smin + (1n << 32n)) smin = 0n;
  }
  // a signed range on one side of the sign bit is an unsigned one too
  if (smin >= 0n) [umin, umax] = [max(umin, smin), min(umax, smax)];
  else if (smax < 0n) [umin, umax] = [max(umin, smin + (1n << 32n)), min(umax, smax + (1n << 32n))];
  return { umin, umax, smin, smax };
}

/** The 32-bit subregister's unsigned bounds. */
export function u32Bounds(r: Reg): [bigint, bigint] {
  const b = bounds32(r);
  return [b.umin, b.umax];
}

export function s32Bounds(r: Reg): [bigint, bigint] {
  const b = bounds32(r);
  return [b.smin, b.smax];
}

/** Whether the 32-bit bounds of `old` contain those of `cur` (for pruning). */
export function covers32(old: Reg, cur: Reg): boolean {
  if (old.u32min === 0n && old.u32max === U32_MAX && old.s32min === S32_MIN && old.s32max === S32_MAX) return true; // nothing stored: derived from what the caller compares
  const a = bounds32(old);
  const b = bounds32(cur);
  return a.umin <= b.umin && a.umax >= b.umax && a.smin <= b.smin && a.smax >= b.smax;
}

/** The socket pointer types, which may be read field by field but never written (type_is_sk_pointer). */
export const isSockType = (t: RegType): boolean => t === "sock" || t === "sock_common" || t === "tcp_sock";

export const cloneReg = (r: Reg): Reg => ({
  type: r.type, off: r.off, var: r.var, smin: r.smin, smax: r.smax, umin: r.umin, umax: r.umax,
  id: r.id, refId: r.refId, range: r.range, map: r.map, memSize: r.memSize, frame: r.frame, written: r.written, precise: r.precise,
  u32min: r.u32min, u32max: r.u32max, s32min: r.s32min, s32max: r.s32max,
});
