// ALU instructions on abstract registers: scalar bounds and tnums, and the pointer
// arithmetic the kernel allows (add and subtract on most pointer types, 64-bit only).

import { div32, div64, mod32, mod64 } from "../isa/int64.ts";
import { BPF_MAX_VAR_OFF as MAX_OFF } from "../isa/limits.ts";
import { cloneReg, constScalar, constValue, fromBounds, isConstReg, isPointer, S64_MIN, sync, U32_MAX, U64_MAX, unbound32, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import type { ParamArgs, VerifierCode } from "./codes.ts";
import { RejectionError } from "./error.ts";
import { byteOrder, scalarAlu, signExtend, zext32 } from "./scalar_alu.ts";
import { isConst, tconst, tSub, tSubreg } from "./tnum.ts";

export const ALU_STR: Record<string, string> = {
  add: "+=", sub: "-=", mul: "*=", or: "|=", and: "&=", lsh: "<<=", rsh: ">>=", neg: "neg", div: "/=", sdiv: "s/=",
  mod: "%=", smod: "s%=", xor: "^=", mov: "=", arsh: "s>>=", end: "endian",
};

const TYPE_STR: Record<string, string> = {
  scalar: "scalar", ctx: "ctx", map_ptr: "map_ptr", map_value: "map_value", map_value_or_null: "map_value_or_null",
  fp: "fp", pkt: "pkt", pkt_end: "pkt_end", pkt_meta: "pkt_meta", ringbuf_mem: "ringbuf_mem", ringbuf_mem_or_null: "ringbuf_mem_or_null", mem: "mem", mem_or_null: "mem_or_null", func: "func",
  sock: "sock", sock_or_null: "sock_or_null", sock_common: "sock_common", sock_common_or_null: "sock_common_or_null", tcp_sock: "tcp_sock", tcp_sock_or_null: "tcp_sock_or_null",
  xdp_sock: "xdp_sock", xdp_sock_or_null: "xdp_sock_or_null",
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
export function fold(op: string, a: bigint, b: bigint, width: 32 | 64): bigint {
  let r: bigint;
  // (V8 compiles BigInt.asUintN(64, a op b) to a machine operation: no BigInt for the sum itself.
  // The low 64 bits of a + b, a - b, a * b, a & b, a | b, a ^ b and a << n are those of the
  // operands' low 64 bits: no masking first)
  if (width === 64) {
    if (op === "add") return BigInt.asUintN(64, a + b);
    if (op === "sub") return BigInt.asUintN(64, a - b);
    if (op === "mul") return BigInt.asUintN(64, a * b);
    if (op === "xor") return BigInt.asUintN(64, a ^ b);
    if (op === "and") return BigInt.asUintN(64, a & b);
    if (op === "or") return BigInt.asUintN(64, a | b);
    if (op === "lsh") return BigInt.asUintN(64, a << BigInt.asUintN(64, b & 63n));
    // (a right shift of the low 64 bits, read unsigned or signed)
    if (op === "rsh") return BigInt.asUintN(64, BigInt.asUintN(64, a) >> BigInt.asUintN(64, b & 63n));
    if (op === "arsh") return BigInt.asUintN(64, BigInt.asIntN(64, a) >> BigInt.asUintN(64, b & 63n));
  } else {
    // (and those of the low 32 bits, the low 32 bits of the operands')
    if (op === "add") return BigInt.asUintN(64, (a + b) & 0xffffffffn);
    if (op === "sub") return BigInt.asUintN(64, (a - b) & 0xffffffffn);
    if (op === "mul") return BigInt.asUintN(64, (a * b) & 0xffffffffn);
    if (op === "xor") return BigInt.asUintN(64, (a ^ b) & 0xffffffffn);
    if (op === "and") return BigInt.asUintN(64, a & b & 0xffffffffn);
    if (op === "or") return BigInt.asUintN(64, (a | b) & 0xffffffffn);
    if (op === "lsh") return BigInt.asUintN(64, (a << BigInt.asUintN(64, b & 31n)) & 0xffffffffn);
  }
  const W = width === 64 ? U64_MAX : 0xffffffffn;
  // (operands and results already in [0, W] skip the masking: each BigInt operation allocates)
  const ua = a >= 0n && a <= W ? a : a & W;
  const ub = b >= 0n && b <= W ? b : b & W;
  switch (op) {
    case "add": r = ua + ub; break;
    case "sub": r = ua - ub; break;
    case "mul": r = ua * ub; break;
    case "or": r = ua | ub; break;
    case "and": r = ua & ub; break;
    case "xor": r = ua ^ ub; break;
    // (each BigInt operation allocates: the shift amount and the signed reading only where used)
    case "lsh": r = ua << (ub & (width === 64 ? 63n : 31n)); break;
    case "rsh": r = ua >> (ub & (width === 64 ? 63n : 31n)); break;
    case "arsh": r = BigInt.asIntN(width, ua) >> (ub & (width === 64 ? 63n : 31n)); break;
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
  return r >= 0n && r <= W ? r : r & W;
}

/**
 * Whether the kernel computes a range for the result at all (is_safe_to_compute_dst_reg_range):
 * not for division or modulo, and for a shift only by a constant below the width (of the 64-bit
 * value even in ALU32, so a register with stray high bits is not a valid amount).
 */
function rangeComputable(op: string, src: Reg, width: 32 | 64): boolean {
  if (op === "add" || op === "sub" || op === "mul" || op === "and" || op === "or" || op === "xor") return true;
  if (op !== "lsh" && op !== "rsh" && op !== "arsh") return false;
  const known = width === 32 ? isConst(tSubreg(src.var)) && src.u32min === src.u32max && src.s32min === src.s32max : isConstReg(src) && src.umin === src.umax && src.smin === src.smax;
  return known && src.umax < (width === 64 ? 64n : 32n);
}

/** `wD = wS`: the low half copied, zero-extended; a copy of a value wider than 32 bits is no longer linked to it. */
function mov32(src: Reg): Reg {
  const r = cloneReg(src);
  if (src.umax > U32_MAX) {
    r.id = 0;
    r.off = 0;
  }
  zext32(r);
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

const BYTE_ORDER = /^(le|be|bswap)(16|32|64)$/;
export const CONST_FOLDED = new Set(["add", "sub", "mul", "and", "or", "xor"]);

/** The new value of dst, or throws AluError with the kernel's message. */
export function alu(i: AluInput): Reg {
  const { op, width, dst, src } = i;
  // two known scalars under + - * & | ^: the constant result (what the checks below come to)
  if (dst.type === "scalar" && src.type === "scalar" && dst.var.mask === 0n && src.var.mask === 0n && CONST_FOLDED.has(op)) return constScalar(fold(op, dst.var.value, src.var.value, width));
  if (op === "mov") {
    if (i.sx) {
      // privileged: a pointer's bits are a number, zero-extended from 32 (check_alu_op's mark_reg_unknown, then zext_32_to_64)
      if (isPointer(src)) return width === 32 ? fromBounds(0n, 0xffffffffn) : unknownScalar();
      if (isConstReg(src)) {
        const v = BigInt.asIntN(i.sx, constValue(src));
        return constScalar(width === 32 ? BigInt.asUintN(32, v) : v);
      }
      // a value whose sign bit (at the narrow width) is clear keeps its value, and its link
      const half = 1n << BigInt(i.sx - 1);
      if (width === 64) {
        // coerce_reg_to_size_sx; a copy that may change the value is not linked to its source
        const r = signExtend(src, (i.sx / 8) as 1 | 2 | 4);
        if (src.umax >= half) r.id = 0;
        return r;
      }
      if (src.umax < half) {
        // (its bounds, and the known bits they give: the kernel rebuilds them)
        const r = fromBounds(src.umin, src.umax);
        r.id = src.id;
        r.precise = src.precise;
        return r;
      }
      // one whose bits above it are clear and the sign bit set becomes negative
      if (src.umin >= half && src.umax < 2n * half) return fromBounds(src.umin - 2n * half + (1n << 32n), src.umax - 2n * half + (1n << 32n));
      // otherwise the value is somewhere in the narrow width's signed range
      const r = fromBounds(0n, 0xffffffffn);
      [r.s32min, r.s32max] = [-half, half - 1n];
      return sync(r);
    }
    if (width === 64) {
      const r = cloneReg(src);
      r.written = true;
      return r;
    }
    if (isPointer(src)) return fromBounds(0n, 0xffffffffn); // privileged: a truncated pointer is a number of 32 bits
    return mov32(src);
  }
  // (only a byte-order op's name ends in a digit: no regex for the others)
  const last = op.charCodeAt(op.length - 1);
  const end = last >= 48 && last <= 57 ? BYTE_ORDER.exec(op) : null;
  if (end && !isPointer(dst)) return byteOrder(dst, end[1] as "le" | "be" | "bswap", Number(end[2]) as 16 | 32 | 64);
  if (op === "neg" || op === "end" || end) {
    // privileged programs may leak pointers: a negated pointer is just a number
    if (isPointer(dst)) return unknownScalar();
    if (op === "neg" && isConstReg(dst)) return constScalar(fold("neg", constValue(dst), 0n, width));
    // 6.18 tracks a negation's range as 0 - dst (adjust_scalar_min_max_vals' BPF_NEG)
    if (op === "neg") return scalarAlu("sub", constScalar(0n), dst, width);
    return unknownScalar();
  }
  const dp = isPointer(dst);
  const sp = isPointer(src);
  if (dp || sp) return pointerAlu(i);
  // no range, not even of constants: an unknown 64-bit value, whatever the width
  if (!rangeComputable(op, src, width)) return unknownScalar();
  if (isConstReg(dst) && isConstReg(src)) return constScalar(fold(op, constValue(dst), constValue(src), width));
  return scalarAlu(op, dst, src, width);
}

const PTR_ARITH_OK = new Set(["fp", "map_value", "pkt", "pkt_meta", "ctx", "ringbuf_mem", "mem", "tp_buffer"]);

/** The kernel's check_reg_sane_offset, for the offset operand, the pointer and the result (6.18: a scalar's off is not checked). */
function saneOffset(r: Reg, type: string): void {
  const known = r.type === "scalar" ? isConstReg(r) : r.var.mask === 0n;
  const val = BigInt.asIntN(64, r.var.value);
  if (known && (val >= MAX_OFF || val <= -MAX_OFF)) fail("ptr-math-const", { type, value: `${val}` });
  // (a pointer's fixed offset only: a scalar's off is its link's delta, which 6.18 leaves alone)
  if (r.type !== "scalar" && (BigInt(r.off) >= MAX_OFF || BigInt(r.off) <= -MAX_OFF)) fail("ptr-offset", { type, off: r.off });
  if (r.smin === S64_MIN) fail("ptr-math-unbounded", { type });
  if (r.smin >= MAX_OFF || r.smin <= -MAX_OFF) fail("ptr-out-of-bounds", { type, value: `${r.smin}` });
}

function pointerAlu(i: AluInput): Reg {
  const { op, width, dst, src, dstNo } = i;
  const dp = isPointer(dst);
  const sp = isPointer(src);
  // privileged: subtracting gives a (meaningless but allowed) number, of 64 bits: the kernel marks
  // it unknown and returns before an ALU32 result is zero-extended (adjust_reg_min_max_vals)
  if (width === 32) {
    if (op === "sub") return unknownScalar();
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
  const v = scalarAlu("add", base, add, 64);
  r.var = v.var;
  r.umin = v.umin;
  r.umax = v.umax;
  r.smin = v.smin;
  r.smax = v.smax;
  // pointers carry no 32-bit bounds of their own: what the 64-bit ones and the tnum say
  unbound32(r);
  sync(r);
  if (ptr.type === "pkt" || ptr.type === "pkt_meta") {
    r.range = 0; // a packet pointer with a new variable offset must be checked again
    r.id = -1; // the caller gives it a fresh id
  }
  saneOffset(r, typeStr(ptr));
  return r;
}
