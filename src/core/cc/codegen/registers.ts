// Values into registers: materialising a Val (an immediate, an address, a register) where an
// instruction needs a register, two-address copies, and C's integer conversions (widening to 64
// bits, narrowing to 1 or 2 bytes) with the fewest instructions clang would use.

import type { AluName } from "../../isa/builder.ts";
import type { CType } from "../types.ts";
import { BlockBuilder } from "./blocks.ts";
import { R10 } from "./ir.ts";
import type { VReg } from "./ir.ts";
import { fitImm, fitsS32, immFor, intKind, smallNonNeg } from "./values.ts";
import type { IntKind, Val } from "./values.ts";

export class RegisterLowerer extends BlockBuilder {
  /** A register holding v (for an ≤32-bit type the low 32 bits are what matters). */
  reg(v: Val, t: CType): VReg {
    switch (v.k) {
      case "reg":
        return v.r;
      case "imm": {
        const d = this.vreg();
        this.loadImm(d, v.v, intKind(t) ?? { size: 8, signed: false });
        return d;
      }
      case "addr":
      case "agg": {
        if (v.off === 0 && v.base !== R10) return v.base;
        const d = this.vreg();
        this.emit({ k: "mov", w: 64, d, s: v.base });
        if (v.off !== 0) this.emit({ k: "alu", w: 64, op: "add", d, imm: v.off });
        return d;
      }
    }
  }

  loadImm(d: VReg, value: bigint, k: IntKind): void {
    this.clobber(d);
    const v = fitImm(value, k);
    if (k.size <= 4) this.emit({ k: "mov", w: 32, d, imm: Number(BigInt.asIntN(32, v)) });
    else if (fitsS32(v)) this.emit({ k: "mov", w: 64, d, imm: Number(v) });
    else if (v >= 0n && v <= 0xffffffffn) this.emit({ k: "mov", w: 32, d, imm: Number(BigInt.asIntN(32, v)) });
    else this.emit({ k: "ld64", d, value: v });
  }

  /**
   * A fresh register holding v, free to be modified (the left side of a two-address operation).
   * The copy is 64-bit so that the allocator can delete it: every caller follows it with an
   * operation of the value's own width, which fixes the upper bits where that matters.
   */
  copy(v: Val, t: CType, _w: 32 | 64 = 64): VReg {
    if (v.k === "imm" || (v.k !== "reg" && (v.off !== 0 || v.base === R10))) return this.reg(v, t);
    const d = this.vreg();
    this.emit({ k: "mov", w: 64, d, s: v.k === "reg" ? v.r : v.base });
    return d;
  }

  /** d op= v, with an immediate where one encodes. */
  aluWith(op: AluName, w: 32 | 64, d: VReg, v: Val, t: CType): void {
    if (v.k === "imm") {
      const imm = immFor(v.v, w);
      if (imm !== undefined) {
        this.emit({ k: "alu", w, op, d, imm });
        return;
      }
    }
    this.emit({ k: "alu", w, op, d, s: this.reg(v, t) });
  }

  /** Makes v's upper 32 bits what an ≤32-bit type of kind k at 64 bits needs (sign or zero). */
  widen(v: Val, k: IntKind): Val {
    if (v.k !== "reg") return v;
    if (k.signed ? v.hi === "s" : v.hi === "z") return v;
    if (smallNonNeg(v)) return v; // the bound says the upper bits are zero and the sign is too
    const key = `${v.r}:${k.signed}`;
    return this.pure(key, [v.r], () => this.widenNew(v, k));
  }

  private widenNew(v: Val & { k: "reg" }, k: IntKind): Val {
    const d = this.vreg();
    if (!k.signed) this.emit({ k: "mov", w: 32, d, s: v.r });
    else if (this.cpu >= 4) this.emit({ k: "movsx", w: 64, d, s: v.r, bits: 32 });
    else {
      this.emit({ k: "mov", w: 64, d, s: v.r });
      this.emit({ k: "alu", w: 64, op: "lsh", d, imm: 32 });
      this.emit({ k: "alu", w: 64, op: "arsh", d, imm: 32 });
    }
    return { k: "reg", r: d, hi: k.signed ? "s" : "z" };
  }

  /** v as a value of an ≤2-byte type k: low bits kept, extended to 32 bits per k's signedness. */
  narrow(v: Val, k: IntKind, t: CType): Val {
    const bits = k.size * 8;
    // Already in range: nothing to cut.
    if (v.k === "reg" && v.max !== undefined && v.max < 1n << BigInt(k.signed ? bits - 1 : bits)) return v;
    const d = this.copy(v, t, 32);
    if (!k.signed) {
      this.emit({ k: "alu", w: 32, op: "and", d, imm: bits === 8 ? 0xff : 0xffff });
      return { k: "reg", r: d, hi: "z", max: bits === 8 ? 0xffn : 0xffffn };
    }
    if (this.cpu >= 4) this.emit({ k: "movsx", w: 32, d, s: d, bits: bits as 8 | 16 });
    else {
      this.emit({ k: "alu", w: 32, op: "lsh", d, imm: 32 - bits });
      this.emit({ k: "alu", w: 32, op: "arsh", d, imm: 32 - bits });
    }
    return { k: "reg", r: d, hi: "z" };
  }

  /** C's conversion of v from type `from` to type `to` (not to bool: see cond.ts). */
  convert(v: Val, from: CType, to: CType): Val {
    const f = intKind(from), t = intKind(to);
    if (!f || !t || v.k === "agg") return v;
    if (v.k === "imm") return { k: "imm", v: fitImm(v.v, t) };
    if (t.size === 8) return f.size === 8 ? v : this.widen(v, f);
    if (t.size === 4) {
      if (f.size === 8 && v.k === "reg" && v.max !== undefined && v.max <= 0xffffffffn) return v;
      // Truncation is free: the low 32 bits are the value; whoever needs the upper bits zero
      // (a 64-bit use, a variable) zero-extends then, and 32-bit operations never look.
      if (f.size === 8) return { k: "reg", r: this.reg(v, from), hi: "?" };
      return v;
    }
    // to 1 or 2 bytes
    if (f.size < t.size && (f.signed === t.signed || !f.signed)) return v;
    if (f.size === t.size && f.signed === t.signed) return v;
    return this.narrow(v, t, to);
  }
}
