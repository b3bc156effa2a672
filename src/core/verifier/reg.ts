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
}

// Every Reg is built by this one literal so that all share one object shape (the engine's
// fast path); spreads and optional fields would give them many.
function make(type: RegType, v: Tnum, smin: bigint, smax: bigint, umin: bigint, umax: bigint): Reg {
  return { type, off: 0, var: v, smin, smax, umin, umax, id: 0, refId: 0, range: 0, map: -1, memSize: 0, frame: 0, written: false, precise: false };
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

/** The 32-bit subregister's unsigned bounds. */
export function u32Bounds(r: Reg): [bigint, bigint] {
  if (r.umax >> 32n === r.umin >> 32n) return [r.umin & 0xffffffffn, r.umax & 0xffffffffn];
  const t = tnum(r.var.value & 0xffffffffn, r.var.mask & 0xffffffffn);
  return [t.value, t.value | t.mask];
}

export function s32Bounds(r: Reg): [bigint, bigint] {
  const [lo, hi] = u32Bounds(r);
  if (hi <= 0x7fffffffn) return [lo, hi];
  if (lo >= 0x80000000n) return [lo - (1n << 32n), hi - (1n << 32n)];
  return [-(1n << 31n), (1n << 31n) - 1n];
}

/** The socket pointer types, which may be read field by field but never written (type_is_sk_pointer). */
export const isSockType = (t: RegType): boolean => t === "sock" || t === "sock_common" || t === "tcp_sock";

export const cloneReg = (r: Reg): Reg => ({
  type: r.type, off: r.off, var: r.var, smin: r.smin, smax: r.smax, umin: r.umin, umax: r.umax,
  id: r.id, refId: r.refId, range: r.range, map: r.map, memSize: r.memSize, frame: r.frame, written: r.written, precise: r.precise,
});
