// Conditional jumps between two scalars, as the kernel reasons about them: whether the bounds
// decide the jump (is_scalar_branch_taken), and what each side of the jump learns about both
// registers (regs_refine_cond_op). A JMP32 compares the low halves and works on the 32-bit
// bounds; sync() then carries what they learned into the rest.

import { invariantViolation, max, min, S32_MAX, S32_MIN, S64_MAX, S64_MIN, sync, U32_MAX, U64_MAX, unbound32, unbound64 } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { tAnd, tconst, tIntersect, tOr, tSubreg, tWithSubreg } from "./tnum.ts";

export type Cmp = "jeq" | "jne" | "jgt" | "jge" | "jlt" | "jle" | "jsgt" | "jsge" | "jslt" | "jsle" | "jset";

/** The test that holds where `op` does not (jset's opposite has no opcode: "jnset"). */
export type CmpOrNot = Cmp | "jnset";

export const REVERSE: Record<CmpOrNot, CmpOrNot> = {
  jeq: "jne", jne: "jeq", jgt: "jle", jge: "jlt", jlt: "jge", jle: "jgt", jsgt: "jsle", jsge: "jslt", jslt: "jsge", jsle: "jsgt", jset: "jnset", jnset: "jset",
};

/** The same test with the operands swapped. */
export const SWAP: Record<Cmp, Cmp> = { jeq: "jeq", jne: "jne", jgt: "jlt", jge: "jle", jlt: "jgt", jle: "jge", jsgt: "jslt", jsge: "jsle", jslt: "jsgt", jsle: "jsge", jset: "jset" };

const isConstAt = (r: Reg, width: 32 | 64): boolean => (width === 64 ? r.var.mask === 0n : (r.var.mask & U32_MAX) === 0n);
const constAt = (r: Reg, width: 32 | 64): bigint => (width === 64 ? r.var.value : r.var.value & U32_MAX);

/** Whether `a op b` holds for all values (1), for none (0), or is unknown (-1). */
export function decideScalars(op: Cmp, a: Reg, b: Reg, width: 32 | 64): number {
  // (the bounds at the width as arguments, not arrays: this runs at every conditional jump)
  if (width === 64) return decideAt(op, a, b, width, a.umin, a.umax, a.smin, a.smax, a.var.value, a.var.mask, b.umin, b.umax, b.smin, b.smax, b.var.value, b.var.mask);
  return decideAt(op, a, b, width, a.u32min, a.u32max, a.s32min, a.s32max, a.var.value & U32_MAX, a.var.mask & U32_MAX, b.u32min, b.u32max, b.s32min, b.s32max, b.var.value & U32_MAX, b.var.mask & U32_MAX);
}

/** decideScalars() on the bounds and known bits of a and b at the width: umin, umax, smin, smax, tnum value and mask of each. */
function decideAt(
  op: Cmp, a: Reg, b: Reg, width: 32 | 64,
  umin1: bigint, umax1: bigint, smin1: bigint, smax1: bigint, v1: bigint, m1: bigint,
  umin2: bigint, umax2: bigint, smin2: bigint, smax2: bigint, v2: bigint, m2: bigint,
): number {
  switch (op) {
    case "jeq":
    case "jne": {
      const yes = op === "jeq" ? 1 : 0;
      if (m1 === 0n && m2 === 0n) return v1 === v2 ? yes : 1 - yes;
      // a bit known in both and different, or ranges apart, at this width or (for 64) in the low halves
      const apart =
        ((v1 ^ v2) & ~m1 & ~m2) !== 0n ||
        umin1 > umax2 || umax1 < umin2 || smin1 > smax2 || smax1 < smin2 ||
        (width === 64 && (a.u32min > b.u32max || a.u32max < b.u32min || a.s32min > b.s32max || a.s32max < b.s32min));
      return apart ? 1 - yes : -1;
    }
    case "jset": {
      let [x, y] = [a, b];
      if (!isConstAt(y, width)) [x, y] = [b, a];
      if (!isConstAt(y, width)) return -1;
      const k = constAt(y, width);
      const [xv, xm] = x === a ? [v1, m1] : [v2, m2];
      if (xv & k) return 1;
      return ((xv | xm) & k) === 0n ? 0 : -1;
    }
    case "jgt":
      return umin1 > umax2 ? 1 : umax1 <= umin2 ? 0 : -1;
    case "jsgt":
      return smin1 > smax2 ? 1 : smax1 <= smin2 ? 0 : -1;
    case "jlt":
      return umax1 < umin2 ? 1 : umin1 >= umax2 ? 0 : -1;
    case "jslt":
      return smax1 < smin2 ? 1 : smin1 >= smax2 ? 0 : -1;
    case "jge":
      return umin1 >= umax2 ? 1 : umax1 < umin2 ? 0 : -1;
    case "jsge":
      return smin1 >= smax2 ? 1 : smax1 < smin2 ? 0 : -1;
    case "jle":
      return umax1 <= umin2 ? 1 : umin1 > umax2 ? 0 : -1;
    case "jsle":
      return smax1 <= smin2 ? 1 : smin1 > smax2 ? 0 : -1;
  }
}

// The kernel does this arithmetic in fixed-width integers; the wrap of an end at the edge of the
// range (umax - 1 of 0) is kept so the refinement is the kernel's (and a no-op there).
const wrapU = (x: bigint, width: 32 | 64) => BigInt.asUintN(width, x);
const wrapS = (x: bigint, width: 32 | 64) => BigInt.asIntN(width, x);

/**
 * Narrows a and b to where `a op b` holds (both registers may learn), then syncs them; false
 * when the bounds of either contradict themselves (no value is left: invariantViolation()).
 */
export function refineScalars(a: Reg, b: Reg, op: CmpOrNot, width: 32 | 64): boolean {
  let [r1, r2] = [a, b];
  let o = op;
  // greater-than tests are less-than tests with the operands swapped
  if (o === "jgt" || o === "jge" || o === "jsgt" || o === "jsge") {
    o = SWAP[o];
    [r1, r2] = [r2, r1];
  }
  const w32 = width === 32;
  switch (o) {
    case "jeq":
      if (w32) {
        r1.u32min = r2.u32min = max(r1.u32min, r2.u32min);
        r1.u32max = r2.u32max = min(r1.u32max, r2.u32max);
        r1.s32min = r2.s32min = max(r1.s32min, r2.s32min);
        r1.s32max = r2.s32max = min(r1.s32max, r2.s32max);
        const t = tIntersect(tSubreg(r1.var), tSubreg(r2.var));
        r1.var = tWithSubreg(r1.var, t);
        r2.var = tWithSubreg(r2.var, t);
      } else {
        r1.umin = r2.umin = max(r1.umin, r2.umin);
        r1.umax = r2.umax = min(r1.umax, r2.umax);
        r1.smin = r2.smin = max(r1.smin, r2.smin);
        r1.smax = r2.smax = min(r1.smax, r2.smax);
        r1.var = r2.var = tIntersect(r1.var, r2.var);
      }
      break;
    case "jne": {
      // only a constant at an edge of the other's range narrows it
      if (!isConstAt(r2, width)) [r1, r2] = [r2, r1];
      if (!isConstAt(r2, width)) break;
      const k = constAt(r2, width);
      if (w32) {
        const sk = BigInt.asIntN(32, k);
        if (r1.u32min === k) r1.u32min++;
        if (r1.u32max === k) r1.u32max--;
        if (r1.s32min === sk) r1.s32min++;
        if (r1.s32max === sk) r1.s32max--;
      } else {
        const sk = BigInt.asIntN(64, k);
        if (r1.umin === k) r1.umin++;
        if (r1.umax === k) r1.umax--;
        if (r1.smin === sk) r1.smin++;
        if (r1.smax === sk) r1.smax--;
      }
      break;
    }
    case "jset":
    case "jnset": {
      if (!isConstAt(r2, width)) [r1, r2] = [r2, r1];
      if (!isConstAt(r2, width)) break;
      const k = constAt(r2, width);
      if (o === "jset") {
        // `r & k` with a single bit k: that bit is set; with more, which one is not known
        if (k === 0n || (k & (k - 1n)) !== 0n) break;
        r1.var = w32 ? tWithSubreg(r1.var, tOr(tSubreg(r1.var), tconst(k))) : tOr(r1.var, tconst(k));
      } else {
        // no bit of k is set; the ranges go first, so a dead branch does not leave them contradicting the bits
        unbound64(r1);
        unbound32(r1);
        const notK = ~k & (w32 ? U32_MAX : U64_MAX);
        r1.var = w32 ? tWithSubreg(r1.var, tAnd(tSubreg(r1.var), tconst(notK))) : tAnd(r1.var, tconst(notK));
      }
      break;
    }
    case "jle":
      if (w32) {
        r1.u32max = min(r1.u32max, r2.u32max);
        r2.u32min = max(r1.u32min, r2.u32min);
      } else {
        r1.umax = min(r1.umax, r2.umax);
        r2.umin = max(r1.umin, r2.umin);
      }
      break;
    case "jlt":
      if (w32) {
        r1.u32max = min(r1.u32max, wrapU(r2.u32max - 1n, 32));
        r2.u32min = max(wrapU(r1.u32min + 1n, 32), r2.u32min);
      } else {
        r1.umax = min(r1.umax, wrapU(r2.umax - 1n, 64));
        r2.umin = max(wrapU(r1.umin + 1n, 64), r2.umin);
      }
      break;
    case "jsle":
      if (w32) {
        r1.s32max = min(r1.s32max, r2.s32max);
        r2.s32min = max(r1.s32min, r2.s32min);
      } else {
        r1.smax = min(r1.smax, r2.smax);
        r2.smin = max(r1.smin, r2.smin);
      }
      break;
    case "jslt":
      if (w32) {
        r1.s32max = min(r1.s32max, r2.s32max === S32_MIN ? S32_MAX : wrapS(r2.s32max - 1n, 32));
        r2.s32min = max(r1.s32min === S32_MAX ? S32_MIN : wrapS(r1.s32min + 1n, 32), r2.s32min);
      } else {
        r1.smax = min(r1.smax, r2.smax === S64_MIN ? S64_MAX : wrapS(r2.smax - 1n, 64));
        r2.smin = max(r1.smin === S64_MAX ? S64_MIN : wrapS(r1.smin + 1n, 64), r2.smin);
      }
      break;
  }
  // (both synced, a register compared with itself twice, as the kernel's reg_bounds_sync of each)
  sync(a);
  sync(b);
  return invariantViolation(a) === undefined && invariantViolation(b) === undefined;
}
