// ALU instructions on abstract registers: scalar bounds and tnums, and the pointer
// arithmetic the kernel allows (add and subtract on most pointer types, 64-bit only).

import { div32, div64, mod32, mod64 } from "../isa/int64.ts";
import { BPF_MAX_VAR_OFF as MAX_OFF } from "../isa/limits.ts";
import { bounds32, cloneReg, constScalar, constValue, fromBounds, isConstReg, isPointer, max, min, S64_MAX, S64_MIN, sync, U64_MAX, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import type { ParamArgs, VerifierCode } from "./codes.ts";
import { RejectionError } from "./error.ts";
import type { Tnum } from "./tnum.ts";
import { tAdd, tAnd, tArshift, tCast, tconst, tLshift, tMul, tOr, tRshift, tSub, tXor, TUNKNOWN } from "./tnum.ts";

export const ALU_STR: Record<string, string> = {
  add: "+=", sub: "-=", mul: "*=", or: "|=", and: "&=", lsh: "<<=", rsh: ">>=", neg: "neg", div: "/=", sdiv: "s/=",
  mod: "%=", smod: "s%=", xor: "^=", mov: "=", arsh: "s>>=", end: "endian",
};

const TYPE_STR: Record<string, string> = {
  scalar: "scalar", ctx: "ctx", map_ptr: "map_ptr", map_value: "map_value", map_value_or_null: "map_value_or_null",
  fp: "fp", pkt: "pkt", pkt_end: "pkt_end", pkt_meta: "pkt_meta", ringbuf_mem: "ringbuf_mem", ringbuf_mem_or_null: "ringbuf_mem_or_null", func: "func",
  sock: "sock", sock_or_null: "sock_or_null", sock_common: "sock_common", sock_common_or_null: "sock_common_or_null", tcp_sock: "tcp_sock", tcp_sock_or_null: "tcp_sock_or_null",
};
export const typeStr = (r: Reg): string => TYPE_STR[r.type] ?? r.type;

/** A rejection without its instruction: the caller knows where (VerifyError.at). */
export class AluError<C extends VerifierCode = VerifierCode> extends RejectionError<C> {}

const fail = <C extends VerifierCode>(code: C, ...params: ParamArgs<C>): never => {
  throw new AluError<C>(code, ...params);
};

const split = (v: bigint): [number, number] => [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asIntN(32, v))];
const join = (p: [number, number]): bigint => BigInt.asUintN(64, (BigInt(p[0]) << 32n) | BigInt(p[1] >>> 0));

/** Exact result of an operation on constants, with the VM's semantics. */
function fold(op: string, a: bigint, b: bigint, width: 32 | 64): bigint {
  const W = width === 64 ? U64_MAX : 0xffffffffn;
  const ua = a & W;
  const ub = b & W;
  // (each BigInt operation allocates: the shift amount and the signed reading only where used)
  const sh = () => ub & (width === 64 ? 63n : 31n);
  let r: bigint;
  switch (op) {
    case "add": r = ua + ub; break;
    case "sub": r = ua - ub; break;
    case "mul": r = ua * ub; break;
    case "or": r = ua | ub; break;
    case "and": r = ua & ub; break;
    case "xor": r = ua ^ ub; break;
    case "lsh": r = ua << sh(); break;
    case "rsh": r = ua >> sh(); break;
    case "arsh": r = BigInt.asIntN(width, ua) >> sh(); break;
    case "neg": r = -ua; break;
    case "div":
    case "sdiv":
    case "mod":
    case "smod": {
      const signed = op.startsWith("s");
      const isDiv = op.endsWith("div");
      if (width === 64) r = join((isDiv ? div64 : mod64)(...split(ua), ...split(ub), signed));
      else r = BigInt((isDiv ? div32 : mod32)(Number(BigInt.asIntN(32, ua)), Number(BigInt.asIntN(32, ub)), signed) >>> 0);
      break;
    }
    default: r = ub;
  }
  return r & W;
}

/** The 32-bit view of a scalar, as a scalar in [0, 2^32). */
function low32(r: Reg): Reg {
  if (r.umax <= 0xffffffffn) return cloneReg(r);
  // the tnum's low bits, within the 32-bit bounds (what JMP32 tests proved included)
  const x = u32Scalar(tCast(r.var, 4));
  const b = bounds32(r);
  x.umin = max(x.umin, b.umin);
  x.umax = min(x.umax, b.umax);
  return sync(x);
}

/** A scalar result of an ALU32 operation: zero-extended. */
function zext(r: Reg): Reg {
  if (r.umin >= 0n && r.umax <= 0xffffffffn && r.smin >= 0n) return sync(r);
  return u32Scalar(tCast(r.var, 4));
}

/** A scalar in [0, 2^32) with the given tnum. */
function u32Scalar(t: Tnum): Reg {
  const r = unknownScalar();
  r.var = t;
  r.umax = 0xffffffffn;
  r.smin = 0n;
  r.smax = 0xffffffffn;
  return sync(r);
}

/** op on two scalars (64-bit semantics on the given operands). */
function scalarOp(op: string, a: Reg, b: Reg): Reg {
  const r = unknownScalar();
  switch (op) {
    case "add": {
      r.var = tAdd(a.var, b.var);
      const umin = a.umin + b.umin;
      const umax = a.umax + b.umax;
      if (umax <= U64_MAX) [r.umin, r.umax] = [umin, umax];
      const smin = a.smin + b.smin;
      const smax = a.smax + b.smax;
      if (smin >= S64_MIN && smax <= S64_MAX) [r.smin, r.smax] = [smin, smax];
      break;
    }
    case "sub": {
      r.var = tSub(a.var, b.var);
      if (a.umin >= b.umax) [r.umin, r.umax] = [a.umin - b.umax, a.umax - b.umin];
      const smin = a.smin - b.smax;
      const smax = a.smax - b.smin;
      if (smin >= S64_MIN && smax <= S64_MAX) [r.smin, r.smax] = [smin, smax];
      break;
    }
    case "mul":
      r.var = tMul(a.var, b.var);
      if (a.smin >= 0n && b.smin >= 0n && a.umax * b.umax <= U64_MAX) [r.umin, r.umax] = [a.umin * b.umin, a.umax * b.umax];
      break;
    case "and":
      r.var = tAnd(a.var, b.var);
      r.umax = min(a.umax, b.umax);
      break;
    case "or":
      r.var = tOr(a.var, b.var);
      r.umin = max(a.umin, b.umin);
      break;
    case "xor":
      r.var = tXor(a.var, b.var);
      break;
    case "lsh":
    case "rsh":
    case "arsh": {
      if (!isConstReg(b)) return r;
      const sh = Number(constValue(b) & 63n);
      if (op === "lsh") {
        r.var = tLshift(a.var, sh);
        if (a.umax << BigInt(sh) <= U64_MAX) [r.umin, r.umax] = [a.umin << BigInt(sh), a.umax << BigInt(sh)];
        if (sh === 32) {
          // `<<= 32; s>>= 32` sign-extends the low half: the kernel keeps its non-negative 32-bit bounds (__scalar64_min_max_lsh)
          const b = bounds32(a);
          if (b.smax >= 0n) r.smax = b.smax << 32n;
          if (b.smin >= 0n) r.smin = b.smin << 32n;
        }
      } else if (op === "rsh") {
        r.var = tRshift(a.var, sh);
        [r.umin, r.umax] = [a.umin >> BigInt(sh), a.umax >> BigInt(sh)];
      } else {
        r.var = tArshift(a.var, sh, 64);
        [r.smin, r.smax] = [a.smin >> BigInt(sh), a.smax >> BigInt(sh)];
      }
      break;
    }
    case "div":
    case "mod":
      // the kernel keeps no bounds across division or modulo of unknown values
      return unknownScalar();
    default:
      r.var = TUNKNOWN;
  }
  return sync(r);
}

export interface AluInput {
  readonly op: string;
  readonly width: 32 | 64;
  readonly dst: Reg;
  /** The source: a register, or a constant scalar for immediates. */
  readonly src: Reg;
  readonly dstNo: number;
  readonly srcIsReg: boolean;
  readonly srcNo: number;
  /** For movsx: the width sign-extended from. */
  readonly sx?: number;
}

/** The new value of dst, or throws AluError with the kernel's message. */
export function alu(i: AluInput): Reg {
  const { op, width, dst, src } = i;
  if (op === "mov") {
    if (i.sx) {
      if (isPointer(src)) return unknownScalar();
      if (isConstReg(src)) {
        const v = BigInt.asIntN(i.sx, constValue(src));
        return constScalar(width === 32 ? BigInt.asUintN(32, v) : v);
      }
      // a value whose sign bit (at the narrow width) is clear is copied as it is; one whose bits
      // above it are clear and the sign bit set becomes negative
      const half = 1n << BigInt(i.sx - 1);
      if (src.umax < half) return cloneReg(src);
      if (src.umin >= half && src.umax < 2n * half) {
        const [lo, hi] = [src.umin - 2n * half, src.umax - 2n * half];
        if (width === 64) {
          const r = unknownScalar();
          [r.smin, r.smax] = [lo, hi];
          return sync(r);
        }
        return fromBounds(lo + (1n << 32n), hi + (1n << 32n));
      }
      // otherwise the value is somewhere in the narrow width's signed range
      if (width === 64) {
        const r = unknownScalar();
        [r.smin, r.smax] = [-half, half - 1n];
        return sync(r);
      }
      const r = fromBounds(0n, 0xffffffffn);
      [r.s32min, r.s32max] = [-half, half - 1n];
      return r;
    }
    if (width === 64) {
      const r = cloneReg(src);
      r.written = true;
      return r;
    }
    if (isPointer(src)) return unknownScalar(); // privileged: a truncated pointer is a number
    return zext(low32(src));
  }
  if (op === "neg" || op === "end") {
    // privileged programs may leak pointers: a negated pointer is just a number
    if (isPointer(dst)) return unknownScalar();
    if (op === "neg" && isConstReg(dst)) return constScalar(fold("neg", constValue(dst), 0n, width));
    return width === 32 && op === "neg" ? fromBounds(0n, 0xffffffffn) : unknownScalar();
  }
  const dp = isPointer(dst);
  const sp = isPointer(src);
  if (dp || sp) return pointerAlu(i);
  // the kernel computes no range for division and modulo, nor for a shift by a register that is
  // not a constant below the width, not even of constants (is_safe_to_compute_dst_reg_range)
  const shift = op === "lsh" || op === "rsh" || op === "arsh";
  if (op.endsWith("div") || op.endsWith("mod") || (shift && !(isConstReg(src) && (constValue(src) & (width === 32 ? 0xffffffffn : U64_MAX)) < BigInt(width)))) {
    return width === 32 ? fromBounds(0n, 0xffffffffn) : unknownScalar();
  }
  if (isConstReg(dst) && isConstReg(src)) return constScalar(fold(op, constValue(dst), constValue(src), width));
  if (width === 64) return scalarOp(op, dst, src);
  const a = low32(dst);
  const b = low32(src);
  if (op === "arsh") {
    if (!isConstReg(b)) return fromBounds(0n, 0xffffffffn);
    return u32Scalar(tCast(tArshift(a.var, Number(constValue(b) & 31n), 32), 4));
  }
  if (op === "lsh" || op === "rsh") {
    const sh = isConstReg(b) ? constScalar(constValue(b) & 31n) : b;
    return zext(scalarOp(op, a, sh));
  }
  return zext(scalarOp(op, a, b));
}

const PTR_ARITH_OK = new Set(["fp", "map_value", "pkt", "pkt_meta", "ctx", "ringbuf_mem", "tp_buffer"]);

/** The kernel's check_reg_sane_offset, for the offset operand, the pointer and the result. */
function saneOffset(r: Reg, type: string): void {
  const known = r.type === "scalar" ? isConstReg(r) : r.var.mask === 0n;
  const val = BigInt.asIntN(64, r.var.value);
  if (known && (val >= MAX_OFF || val <= -MAX_OFF)) fail("ptr-math-const", { type, value: `${val}` });
  if (BigInt(r.off) >= MAX_OFF || BigInt(r.off) <= -MAX_OFF) fail("ptr-offset", { type, off: r.off });
  if (r.smin === S64_MIN) fail("ptr-math-unbounded", { type });
  if (r.smin >= MAX_OFF || r.smin <= -MAX_OFF) fail("ptr-out-of-bounds", { type, value: `${r.smin}` });
}

function pointerAlu(i: AluInput): Reg {
  const { op, width, dst, src, dstNo } = i;
  const dp = isPointer(dst);
  const sp = isPointer(src);
  // privileged: subtracting gives a (meaningless but allowed) number
  if (width === 32) {
    if (op === "sub") return fromBounds(0n, 0xffffffffn);
    fail("ptr-arith-32", { regno: dstNo });
  }
  if (dp && sp) {
    if (op !== "sub") fail("ptr-ptr", { regno: dstNo, op: ALU_STR[op] });
    return unknownScalar();
  }
  const ptr = dp ? dst : src;
  const off = dp ? src : dst;
  // the kernel's order: a nullable pointer, the pointer's type, sane offsets, then the operator
  if (ptr.type.endsWith("_or_null")) fail("ptr-arith-null", { regno: dstNo, type: typeStr(ptr) });
  const known = isConstReg(off);
  const typeOk = PTR_ARITH_OK.has(ptr.type) || (ptr.type === "flow_keys" && known) || (ptr.type === "map_ptr" && known && constValue(off) === 0n && op === "add");
  if (!typeOk) fail("ptr-arith-type", { regno: dstNo, type: typeStr(ptr) });
  saneOffset(off, typeStr(ptr));
  saneOffset(ptr, typeStr(ptr));
  if (op === "sub" && !dp) fail("ptr-sub-from-scalar", { regno: dstNo });
  if (op === "sub" && ptr.type === "fp") fail("ptr-sub-fp", { regno: dstNo });
  if (op !== "add" && op !== "sub") {
    if (op === "and" || op === "or" || op === "xor") fail("ptr-bitwise", { regno: dstNo, op: ALU_STR[op] });
    fail("ptr-arith-op", { regno: dstNo, op: ALU_STR[op] });
  }
  const r = cloneReg(ptr);
  r.written = true;
  if (known) {
    const v = BigInt.asIntN(64, constValue(off));
    const next = BigInt(ptr.off) + (op === "add" ? v : -v);
    if (next === BigInt.asIntN(32, next)) {
      // pointer += K goes into the fixed offset
      r.off = Number(next);
      saneOffset(r, typeStr(ptr));
      return r;
    }
  }
  // a variable offset
  if (off.smin < 0n && op === "add" && ptr.type !== "fp") {
    // the kernel tracks signed bounds of the variable part; an unbounded one is refused on access
  }
  let add = off;
  if (op === "sub") {
    add = unknownScalar();
    add.var = tSub(tconst(0n), off.var);
    add.smin = -off.smax;
    add.smax = -off.smin;
  }
  const base = cloneReg(ptr);
  base.type = "scalar";
  const v = scalarOp("add", base, add);
  r.var = v.var;
  r.umin = v.umin;
  r.umax = v.umax;
  r.smin = v.smin;
  r.smax = v.smax;
  if (ptr.type === "pkt" || ptr.type === "pkt_meta") {
    r.range = 0; // a packet pointer with a new variable offset must be checked again
    r.id = -1; // the caller gives it a fresh id
  }
  saneOffset(r, typeStr(ptr));
  return r;
}
