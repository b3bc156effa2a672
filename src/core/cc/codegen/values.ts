// Values and places while lowering, and C's integer representation in a 64-bit register.
//
// A value of a C type of 4 bytes or less lives in the low 32 bits of a register, extended to 32
// bits as its type says (signed char -1 is 0xffffffff, unsigned char 255 is 0xff). What the upper
// 32 bits hold is tracked per value (`hi`): zero after any ALU32 operation or a zero-extending
// load, the sign after a sign-extending load, unknown after a helper returns. Variables in
// registers always keep them zero, so that reading one is free and widening an unsigned one too.

import type { CType } from "../types.ts";
import type { VReg } from "./ir.ts";

export type Hi = "z" | "s" | "?";

export type Val =
  | { readonly k: "imm"; readonly v: bigint }
  /** `max`: an upper bound of the whole 64-bit register, unsigned (below 2^31 it is also the sign). */
  | { readonly k: "reg"; readonly r: VReg; readonly hi: Hi; readonly max?: bigint }
  /** A pointer base + off (base may be r10), not yet in a register of its own. */
  | { readonly k: "addr"; readonly base: VReg; readonly off: number }
  /** A struct or union object (an rvalue aggregate) at base + off. */
  | { readonly k: "agg"; readonly base: VReg; readonly off: number };

/** A place that can be read and written. */
export type LVal =
  | { readonly k: "reg"; readonly v: VReg; readonly type: CType }
  | {
      readonly k: "mem";
      readonly base: VReg;
      readonly off: number;
      readonly type: CType;
      readonly bitOffset?: number;
      readonly bitWidth?: number;
      /** Known alignment of base + off when less than natural (members of packed structs). */
      readonly align?: number;
    };

export interface IntKind {
  readonly size: 1 | 2 | 4 | 8;
  readonly signed: boolean;
}

/** The integer representation of a scalar type (pointers are unsigned 64-bit). */
export function intKind(t: CType): IntKind | undefined {
  switch (t.kind) {
    case "bool":
      return { size: 1, signed: false };
    case "int":
      return { size: t.size === 16 ? 8 : t.size, signed: t.signed };
    case "enum":
      return { size: t.size, signed: t.signed };
    case "ptr":
    case "array":
    case "func":
      return { size: 8, signed: false };
    default:
      return undefined;
  }
}

/** The C value of `v` as type k (truncated, then extended per signedness). */
export function fitImm(v: bigint, k: IntKind): bigint {
  const bits = k.size * 8;
  return k.signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

export const fitsS32 = (v: bigint): boolean => v >= -0x80000000n && v <= 0x7fffffffn;

/** The 32-bit immediate that encodes v for an operation of width w, if one does. */
export function immFor(v: bigint, w: 32 | 64): number | undefined {
  if (w === 32) return Number(BigInt.asIntN(32, v));
  return fitsS32(v) ? Number(v) : undefined;
}

export const widthOf = (t: CType): 32 | 64 => ((intKind(t)?.size ?? 8) <= 4 ? 32 : 64);

export const log2 = (n: number): number | undefined => {
  if (n <= 0 || (n & (n - 1)) !== 0) return undefined;
  return Math.log2(n);
};

const U31 = 0x7fffffffn;

/** Whether the register holds a value in [0, 2^31): sign and zero extension are then no-ops. */
export const smallNonNeg = (v: Val): boolean => (v.k === "reg" && v.max !== undefined && v.max <= U31) || (v.k === "imm" && v.v >= 0n && v.v <= U31);

/** An upper bound of a value, if one is known. */
export const maxOf = (v: Val): bigint | undefined => (v.k === "imm" ? (v.v >= 0n ? v.v : undefined) : v.k === "reg" ? v.max : undefined);

/**
 * The bound of `a op b` computed in w bits, where it can be known without wrap-around. `a` and `b`
 * are upper bounds; `bExact` says that `b` is the right side's value (a constant), not only its
 * bound: a right shift or a division by a value up to b can be a shift or division by 0 or 1.
 */
export function maxAfter(op: string, a: bigint | undefined, b: bigint | undefined, w: 32 | 64, bExact = true): bigint | undefined {
  const lim = (1n << BigInt(w)) - 1n;
  if (b === undefined) return op === "and" ? a : (op === "rsh" || op === "div") && a !== undefined && a <= lim ? a : undefined;
  if (!bExact && (op === "rsh" || op === "div")) return a !== undefined && a <= lim ? a : undefined;
  if (a === undefined) {
    // Unknown left side, constant right side: the result is still bounded by the operation.
    if (op === "and") return b;
    if (op === "mod" && b > 0n) return b - 1n;
    if (op === "rsh" && b < BigInt(w)) return lim >> b;
    if (op === "div" && b > 0n) return lim / b;
    return undefined;
  }
  let r: bigint | undefined;
  switch (op) {
    case "and": r = a < b ? a : b; break;
    case "or": case "xor": { let m = 1n; while (m <= a || m <= b) m <<= 1n; r = m - 1n; break; }
    case "add": r = a + b; break;
    case "mul": r = a * b; break;
    case "lsh": r = b < 64n ? a << b : undefined; break;
    case "rsh": r = a >> b; break;
    case "div": r = a; break;
    case "mod": r = b > 0n ? (a < b ? a : b - 1n) : a; break;
    default: r = undefined;
  }
  return r !== undefined && r <= lim ? r : undefined;
}
