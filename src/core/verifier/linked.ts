/**
 * Linked scalars with a constant delta (the kernel's BPF_ADD_CONST ids, Linux 6.11+, with 6.18's
 * negative deltas, subtraction and 32-bit links).
 *
 * Copies of one unknown scalar share an id, so a bounds check on one bounds them all. After
 * `r1 = r0; r1 += 5` the kernel keeps r1 linked to r0: r1's id is r0's with a flag bit set, and
 * r1's `off` (unused by scalars otherwise) holds the delta, 5. A branch that narrows one of them
 * narrows the others shifted by the difference of their deltas. `w1 += 5` links with another flag:
 * the shifted value is then zero-extended from 32 bits, and a 32-bit link and a 64-bit one do not
 * narrow each other. Only one delta is remembered: a second constant added, any other operation,
 * or a copy of the linked register drops the link (a copy unlinks the source and gives both a
 * fresh id).
 */
import { tAdd } from "./tnum.ts";
import { addBounds, zext32 } from "./scalar_alu.ts";
import { constScalar, sync, type Reg } from "./reg.ts";

/** The flag on an id whose register is its base's value plus `off`, after a 64-bit add (bit 31, as the kernel's). */
export const ADD_CONST64 = 0x80000000;
/** The same after a 32-bit add (bit 30). */
export const ADD_CONST32 = 0x40000000;

/** Whether an id carries a constant delta. */
export const hasDelta = (id: number): boolean => id >= ADD_CONST32;

/** The id without the delta flags: what links registers together. */
export const baseId = (id: number): number => id % ADD_CONST32;

const is32 = (id: number): boolean => id >= ADD_CONST32 && id < ADD_CONST64;
const S32_MIN = -0x80000000;

/**
 * After `dst += k` or `dst -= k` on a scalar dst (k a known scalar at the operation's width, not
 * dst itself): links the result `out` to what dst was linked to, with delta k (or -k). `dstId`
 * is dst's id before the operation. The link is dropped instead when dst already had a delta,
 * when a 64-bit k is outside the s32 range (or -k overflows it), and for 32-bit operations on a
 * register with a 64-bit delta.
 */
export function linkAfterAdd(out: Reg, dstId: number, sub: boolean, k: bigint, width: 32 | 64): void {
  const val = width === 32 ? BigInt.asIntN(32, k) : BigInt.asIntN(64, k);
  let off = Number(val);
  if (!dstId || hasDelta(dstId) || (width === 64 && (val < BigInt(S32_MIN) || val > 0x7fffffffn)) || (sub && off === S32_MIN)) {
    unlink(out);
    return;
  }
  if (sub) off = -off;
  out.id = dstId + (width === 32 ? ADD_CONST32 : ADD_CONST64);
  out.off = off;
}

/** Drops a register's link (the kernel's clear_scalar_id). */
export function unlink(r: Reg): void {
  r.id = 0;
  r.off = 0;
}

/**
 * Makes `r` what it is known to be now that `known`, linked to it, was narrowed (the kernel's
 * sync_linked_regs, for one register): a copy of known when both have the same delta, else
 * known's value shifted by the difference of their deltas (zero-extended from 32 bits when either
 * link is a 32-bit one), r keeping its own id and delta. A 32-bit link and a 64-bit one are left
 * alone.
 */
export function syncLinked(r: Reg, known: Reg): void {
  if (hasDelta(r.id) && hasDelta(known.id) && is32(r.id) !== is32(known.id)) return;
  const written = r.written;
  if ((!hasDelta(r.id) && !hasDelta(known.id)) || r.off === known.off) {
    Object.assign(r, known, { written });
    return;
  }
  const [id, off] = [r.id, r.off];
  Object.assign(r, known, { written, id, off });
  const delta = constScalar(BigInt(off - known.off));
  addBounds(r, delta);
  r.var = tAdd(r.var, delta.var);
  if (is32(id) || is32(known.id)) zext32(r);
  sync(r);
}
