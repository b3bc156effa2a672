// Memory accesses that take more than one instruction: bitfields (load the storage unit, shift,
// mask, store back), unaligned members of packed structs (byte by byte), and block copies and
// fills in the widest accesses the known alignment allows.

import type { Lowerer } from "./lower.ts";
import { R10 } from "./ir.ts";
import type { VReg } from "./ir.ts";
import { fitsS32, immFor, intKind } from "./values.ts";
import type { IntKind, LVal, Val } from "./values.ts";

type Mem = LVal & { k: "mem" };

/** Whether an access of `size` bytes at p is not naturally aligned. */
export function misaligned(p: Mem, size: number): boolean {
  if (size === 1) return false;
  if (p.base === R10) return p.off % size !== 0;
  return p.align !== undefined && p.align < size;
}

/** An unaligned little-endian load, one byte at a time. */
export function loadBytes(L: Lowerer, p: Mem, size: number): Val {
  const d = L.vreg();
  L.emit({ k: "ldx", d, base: p.base, off: p.off + size - 1, size: 1, sx: false });
  for (let i = size - 2; i >= 0; i--) {
    const b = L.vreg();
    L.emit({ k: "alu", w: 64, op: "lsh", d, imm: 8 });
    L.emit({ k: "ldx", d: b, base: p.base, off: p.off + i, size: 1, sx: false });
    L.emit({ k: "alu", w: 64, op: "or", d, s: b });
  }
  return { k: "reg", r: d, hi: size <= 4 ? "z" : "?", max: size < 8 ? (1n << BigInt(8 * size)) - 1n : undefined };
}

/** A bitfield: load its storage unit, shift the field to the bottom, extend it. */
export function loadBits(L: Lowerer, p: Mem, k: IntKind): Val {
  const unit = unitSize(p);
  const d = L.vreg();
  L.emit({ k: "ldx", d, base: p.base, off: p.off, size: unit, sx: false });
  const W = unit === 8 ? 64 : 32;
  const top = W - (p.bitOffset! + p.bitWidth!);
  if (k.signed) {
    if (top) L.emit({ k: "alu", w: W, op: "lsh", d, imm: top });
    if (W - p.bitWidth!) L.emit({ k: "alu", w: W, op: "arsh", d, imm: W - p.bitWidth! });
  } else {
    if (p.bitOffset) L.emit({ k: "alu", w: W, op: "rsh", d, imm: p.bitOffset });
    if (p.bitWidth! < W) {
      const mask = (1n << BigInt(p.bitWidth!)) - 1n;
      if (fitsS32(mask)) L.emit({ k: "alu", w: W, op: "and", d, imm: Number(mask) });
      else {
        L.emit({ k: "alu", w: W, op: "lsh", d, imm: W - p.bitWidth! });
        L.emit({ k: "alu", w: W, op: "rsh", d, imm: W - p.bitWidth! });
      }
    }
  }
  if (W === 64 && k.size <= 4 && (k.signed || p.bitWidth! >= 32)) {
    const r = L.vreg();
    L.emit({ k: "mov", w: 32, d: r, s: d });
    return { k: "reg", r, hi: "z" };
  }
  const max = k.signed ? undefined : (1n << BigInt(p.bitWidth!)) - 1n;
  return { k: "reg", r: d, hi: W === 32 ? "z" : "?", max };
}

function unitSize(p: Mem): 1 | 2 | 4 | 8 {
  const s = intKind(p.type)?.size ?? 4;
  // The storage unit must hold the whole field: widen it if the field straddles (packed structs).
  let unit = s;
  while (unit < 8 && p.bitOffset! + p.bitWidth! > unit * 8) unit = (unit * 2) as 1 | 2 | 4 | 8;
  return unit;
}

export function storeBits(L: Lowerer, p: Mem, v: Val, k: IntKind): void {
  const unit = unitSize(p);
  const W = unit === 8 ? 64 : 32;
  const fieldMask = ((1n << BigInt(p.bitWidth!)) - 1n) << BigInt(p.bitOffset!);
  const keep = BigInt.asIntN(W, ~fieldMask);
  const old = L.vreg();
  L.emit({ k: "ldx", d: old, base: p.base, off: p.off, size: unit, sx: false });
  const keepImm = immFor(keep, W as 32 | 64);
  if (keepImm !== undefined) L.emit({ k: "alu", w: W, op: "and", d: old, imm: keepImm });
  else {
    const m = L.vreg();
    L.emit({ k: "ld64", d: m, value: keep });
    L.emit({ k: "alu", w: W, op: "and", d: old, s: m });
  }
  if (v.k === "imm") {
    const bits = (BigInt.asUintN(p.bitWidth!, v.v) << BigInt(p.bitOffset!)) & fieldMask;
    if (bits !== 0n) L.aluWith("or", W, old, { k: "imm", v: bits }, p.type);
  } else {
    // widen() makes a 32-bit value's upper half what its type needs; a 64-bit field's value has no such half.
    const nv = L.copy(k.size <= 4 ? L.widen(v, k) : v, p.type, W);
    const low = (1n << BigInt(p.bitWidth!)) - 1n;
    const lowImm = immFor(low, W as 32 | 64);
    if (lowImm !== undefined && p.bitWidth! < W) L.emit({ k: "alu", w: W, op: "and", d: nv, imm: lowImm });
    else if (p.bitWidth! < W) {
      L.emit({ k: "alu", w: W, op: "lsh", d: nv, imm: W - p.bitWidth! });
      L.emit({ k: "alu", w: W, op: "rsh", d: nv, imm: W - p.bitWidth! });
    }
    if (p.bitOffset) L.emit({ k: "alu", w: W, op: "lsh", d: nv, imm: p.bitOffset });
    L.emit({ k: "alu", w: W, op: "or", d: old, s: nv });
  }
  L.emit({ k: "stx", base: p.base, off: p.off, s: old, size: unit });
}

/** Copies size bytes in the widest accesses both alignments allow. */
export function copyMem(L: Lowerer, db: VReg, doff: number, sb: VReg, soff: number, size: number, align: number): void {
  let at = 0;
  while (at < size) {
    const n = chunk(size - at, align, doff + at, soff + at, L.knownAlign(db), L.knownAlign(sb));
    const t = L.vreg();
    L.emit({ k: "ldx", d: t, base: sb, off: soff + at, size: n, sx: false });
    L.emit({ k: "stx", base: db, off: doff + at, s: t, size: n });
    at += n;
  }
}

/** Sets size bytes to byte `value`. */
export function fillMem(L: Lowerer, db: VReg, doff: number, size: number, align: number, value: number): void {
  let at = 0;
  let wide: VReg | undefined;
  while (at < size) {
    const n = chunk(size - at, align, doff + at, 0, L.knownAlign(db), 8);
    let pattern = 0n;
    for (let i = 0; i < n; i++) pattern = (pattern << 8n) | BigInt(value & 0xff);
    const imm = immFor(pattern, n === 8 ? 64 : 32);
    if (imm !== undefined) L.emit({ k: "st", base: db, off: doff + at, imm, size: n });
    else {
      if (wide === undefined) {
        wide = L.vreg();
        let p8 = 0n;
        for (let i = 0; i < 8; i++) p8 = (p8 << 8n) | BigInt(value & 0xff);
        L.emit({ k: "ld64", d: wide, value: BigInt.asIntN(64, p8) });
      }
      L.emit({ k: "stx", base: db, off: doff + at, s: wide, size: n });
    }
    at += n;
  }
}

/** The widest access (8, 4, 2, 1) that fits the bytes left and both addresses' alignment (dA, sA: of the base, 0 if unknown). */
function chunk(left: number, align: number, doff: number, soff: number, dA: number, sA: number): 1 | 2 | 4 | 8 {
  for (const n of [8, 4, 2, 1] as const) {
    if (n > left) continue;
    const okD = (dA ? dA >= n : align >= n) && doff % n === 0;
    const okS = (sA ? sA >= n : align >= n) && soff % n === 0;
    if (okD && okS) return n;
  }
  return 1;
}

