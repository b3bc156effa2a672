// The stack, as loads, stores and helpers reach it (check_stack_write_*, check_stack_read_*,
// check_stack_range_initialized): spills and fills of registers, narrow spills, zeros, data, and
// accesses at variable offsets; with the stack liveness and history marks they feed.

import { BPF_MAX_VAR_OFF, MAX_BPF_STACK as STACK } from "../isa/limits.ts";
import { fastcallAccess } from "./fastcall.ts";
import { cloneReg, constScalar, constValue, isConstReg, isPointer, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { hasDelta, unlink } from "./linked.ts";
import { regLoc, slotLoc } from "./precision.ts";
import { Byte, spillByte } from "./state.ts";
import type { Frame, Slot, State } from "./state.ts";
import { isConst, tnumText } from "./tnum.ts";
import { VerifyError } from "./error.ts";
import type { Verification } from "./verify.ts";

function stackFrame(st: State, ptr: Reg): Frame {
  return st.frames[ptr.frame] ?? st.frames[st.frames.length - 1];
}

export function stackAccess(c: Verification, st: State, pc: number, regno: number, ptr: Reg, insnOff: number, size: number, kind: "read" | "write", value?: Reg, fromReg = true, valueNo = -1, noDst = false): Reg | undefined {
  // a known zero stored as data keeps the bytes zero, and its register must then stay exactly
  // zero on every path that reaches here (the kernel marks it precise: backtracking does not
  // follow STACK_ZERO)
  const writingZero = kind === "write" && value !== undefined && isConstReg(value) && constValue(value) === 0n;
  if (!isConst(ptr.var)) {
    // privileged programs may use a variable offset within the stack
    const dir = kind === "write" ? "write to" : "read from";
    if (ptr.smin <= -BPF_MAX_VAR_OFF || ptr.smax >= BPF_MAX_VAR_OFF) throw new VerifyError(pc, "stack-unbounded", { dir, regno });
    const lo = ptr.off + insnOff + Number(ptr.smin);
    const hi = ptr.off + insnOff + Number(ptr.smax) + size;
    if (lo < -STACK || hi > 0) throw new VerifyError(pc, "stack-variable", { dir, regno, varOff: tnumText(ptr.var), off: ptr.off + insnOff, size });
    // a read that fills no register (an atomic's) must be at a constant offset (check_stack_read)
    if (kind === "read" && noDst) throw new VerifyError(pc, "stack-var-no-reg", { varOff: tnumText(ptr.var), off: ptr.off + insnOff, size });
    const f = stackFrame(st, ptr);
    c.stackDepth.set(f.start, Math.max(c.stackDepth.get(f.start) ?? 0, -lo));
    fastcallAccess(c.fastcall, f.start, pc, lo);
    // (a read at a variable offset may read any slot of its range; a write surely writes none whole)
    if (kind === "read") liveRead(c, f, lo, hi);
    if (kind === "write") {
      // each byte it may reach becomes data, but where zero is written over zero (a zeroed byte,
      // or a byte of a spilled register known to be 0) (check_stack_write_var_off)
      let zero = false;
      for (let a = lo; a < hi; a++) {
        const k = Math.floor((-a - 1) / 8);
        const slot = (f.stack[k] ??= { bytes: new Uint8Array(8) });
        const b = a + 8 * (k + 1);
        const sp = slot.spilled;
        if (writingZero && sp !== undefined && spillByte(slot, b) && sp.type === "scalar" && isConstReg(sp) && constValue(sp) === 0n) {
          zero = true;
          continue;
        }
        // any other byte of a slot holding a spill makes it data, all of it, a zeroed byte
        // included (scrub_special_slot)
        if (slot.spilled || slot.bytes[0] === Byte.Spill) scrubSlot(slot);
        slot.spilled = undefined;
        slot.narrow = slot.at = undefined;
        if (writingZero && slot.bytes[b] === Byte.Zero) zero = true;
        else slot.bytes[b] = Byte.Misc;
      }
      if (zero) zeroUsed(c, st, fromReg, valueNo);
      return undefined;
    }
    // a read gives 0 where every byte it may reach was zeroed as data; a spill of 0 is not
    // (mark_reg_stack_read)
    return zeroedBytes(f, lo, hi) ? constScalar(0n) : unknownScalar();
  }
  const off = ptr.off + insnOff + Number(BigInt.asIntN(64, ptr.var.value));
  if (off < -STACK || off + size > 0) {
    throw new VerifyError(pc, "stack-bounds", { dir: kind === "write" ? "write to" : "read from", regno, off, size });
  }
  const f = stackFrame(st, ptr);
  const start = st.frames[st.frames.length - 1].start;
  const depthKey = f.start;
  c.stackDepth.set(depthKey, Math.max(c.stackDepth.get(depthKey) ?? 0, -off));
  fastcallAccess(c.fastcall, f.start, pc, off);
  void start;
  const k = Math.floor((-off - 1) / 8); // slot index
  const lowByte = off + 8 * (k + 1); // offset of the access within the slot
  // a spill or a fill is a history entry that names its slot (INSN_F_STACK_ACCESS), which
  // backtracking follows; data stored or loaded is not
  const entry = (): void => {
    c.kernelHist = true;
    c.lastSlot = slotLoc(f.index, k);
  };
  if (kind === "write") {
    // only a write of a whole slot ends its liveness (partial writes leave the rest as it was)
    if (size === 8 && lowByte === 0) c.live?.write(f.index, k);
    const slot = (f.stack[k] ??= { bytes: new Uint8Array(8) });
    if (size === 8 && value && (fromReg || isConstReg(value)) && (value.type === "scalar" || isPointer(value))) {
      // a frame's stack pointer must not outlive it in a caller's frame
      if (value.type === "fp" && f.index !== st.frames.length - 1) throw new VerifyError(pc, "spill-fp-caller");
      if (fromReg) linkSpill(c, value, size);
      entry();
      slot.bytes.fill(Byte.Spill);
      slot.spilled = unwritten(value);
      if (value.type === "scalar" && !fitsIn(value, size)) slot.spilled.id = 0;
      slot.narrow = undefined;
      slot.at = undefined;
      if (isConstReg(value) && constValue(value) === 0n) slot.bytes.fill(Byte.Zero);
      return undefined;
    }
    // a pointer is spilled whole or not at all
    if (value && fromReg && isPointer(value)) throw new VerifyError(pc, "spill-size");
    // a scalar (or an immediate) stored at the start of a slot is a narrow spill: its low bytes
    // hold the spill, the others stay zero or uninitialised or become data (save_register_state)
    if (value && value.type === "scalar" && lowByte === 0) {
      if (fromReg) linkSpill(c, value, size);
      entry();
      // the bytes above it that belonged to a spill become data (a whole spill of 0 is kept as
      // zero bytes here, but it is a spill: none of its bytes stays 0)
      const zeroSpill = spillByte(slot, 0) && slot.bytes[0] === Byte.Zero;
      for (let j = 0; j < 8; j++) slot.bytes[j] = j < size ? Byte.Spill : slot.bytes[j] === Byte.Spill || zeroSpill ? Byte.Misc : slot.bytes[j];
      slot.spilled = unwritten(value);
      // a narrowing spill is not a copy of the register
      if (!fitsIn(value, size)) slot.spilled.id = 0;
      slot.narrow = size;
      slot.at = 0;
      return undefined;
    }
    // data: a store into a spill makes the whole slot data (scrub_spilled_slot)
    if (slot.spilled || slot.bytes[0] === Byte.Spill) scrubSlot(slot);
    slot.spilled = undefined;
    slot.narrow = slot.at = undefined;
    if (writingZero) zeroUsed(c, st, fromReg, valueNo);
    for (let j = lowByte; j < lowByte + size; j++) slot.bytes[j] = writingZero ? Byte.Zero : Byte.Misc;
    return undefined;
  }
  c.live?.read(f.index, k);
  const slot = f.stack[k];
  if (!slot) return unknownScalar(); // privileged programs may read uninitialised stack
  const sp = slot.spilled;
  if (sp && slot.bytes[0] === Byte.Spill) {
    let spillSize = 1;
    while (spillSize < 8 && slot.bytes[spillSize] === Byte.Spill) spillSize++;
    // (a fill that gives the spilled register back, or its 0, is a history entry: c.kernelHist)
    if (size === 8 && spillSize === 8) {
      entry();
      return cloneReg(sp);
    }
    if (sp.type !== "scalar") throw new VerifyError(pc, "fill-size");
    // a fill from the start of the slot, no wider than the spill, gives the register back; a
    // narrowing fill is not a copy of it
    if (size <= spillSize && lowByte === 0) {
      entry();
      const r = cloneReg(sp);
      if (!fitsIn(r, size)) unlink(r);
      return r;
    }
    const bytes = slot.bytes.subarray(lowByte, lowByte + size);
    if (bytes.every((b) => b === Byte.Spill) && isConstReg(sp) && constValue(sp) === 0n) {
      entry();
      return constScalar(0n);
    }
    if (bytes.every((b) => b === Byte.Zero)) return constScalar(0n);
    return unknownScalar();
  }
  const bytes = slot.bytes.subarray(lowByte, lowByte + size);
  if (bytes.every((b) => b === Byte.Zero)) {
    // (a register known to be 0 spilled whole: the kernel keeps it a spill, and this is its fill)
    if (sp) entry();
    return constScalar(0n);
  }
  return unknownScalar();
}

/** Whether every byte of [lo, hi) in frame f is a zero stored as data (the kernel's STACK_ZERO). */
function zeroedBytes(f: Frame, lo: number, hi: number): boolean {
  for (let a = lo; a < hi; a++) {
    const k = Math.floor((-a - 1) / 8);
    const slot = f.stack[k];
    const j = a + 8 * (k + 1);
    if (!slot || slot.bytes[j] !== Byte.Zero || spillByte(slot, j)) return false;
  }
  return true;
}

/** A zero was stored as data: the register it came from (none for an immediate) is marked precise. */
function zeroUsed(c: Verification, st: State, fromReg: boolean, valueNo: number): void {
  if (fromReg && valueNo >= 0) c.precise(st, [regLoc(st.frames.length - 1, valueNo)]);
}

/** Stack liveness: the bytes [lo, hi) of frame f may be read (each slot they touch). */
function liveRead(c: Verification, f: Frame, lo: number, hi: number): void {
  const live = c.live;
  if (!live || hi <= lo) return;
  for (let k = Math.floor((-lo - 1) / 8); k >= Math.floor((-(hi - 1) - 1) / 8); k--) live.read(f.index, k);
}

/** Whether a scalar's value fits in `size` bytes (the kernel's get_reg_width). */
const fitsIn = (r: Reg, size: number): boolean => r.umax < 1n << BigInt(8 * size);

/**
 * A spilled scalar that fits is a copy of its register: both get an id (assign_scalar_id_before_mov)
 * so that a bounds check on the register or on its fill applies to the other.
 */
function linkSpill(c: Verification, r: Reg, size: number): void {
  // (a register linked with a delta loses that link: the spill and it share a fresh id)
  if (r.type === "scalar" && hasDelta(r.id) && fitsIn(r, size)) unlink(r);
  if (r.type === "scalar" && !r.id && !isConst(r.var) && fitsIn(r, size)) r.id = c.nextId++;
}

/** A copy of r for a stack slot (a spill is not a register write). */
function unwritten(r: Reg): Reg {
  const c = cloneReg(r);
  c.written = false;
  return c;
}

/**
 * Stack memory a helper reads or writes (check_stack_range_initialized, privileged): within the
 * stack, even a zero-sized access; a variable offset is allowed; what the helper writes is data.
 */
export function helperStack(c: Verification, st: State, pc: number, regno: number, ptr: Reg, size: number, write: boolean, reads: boolean): void {
  const dir = write ? "write to" : "read from";
  const known = isConst(ptr.var);
  let lo: number;
  let hi: number;
  if (known) {
    lo = ptr.off + Number(BigInt.asIntN(64, ptr.var.value));
    hi = lo + size;
  } else {
    if (ptr.smax >= BPF_MAX_VAR_OFF || ptr.smin <= -BPF_MAX_VAR_OFF) throw new VerifyError(pc, "stack-unbounded", { dir, regno });
    lo = Number(ptr.smin) + ptr.off;
    hi = Number(ptr.smax) + ptr.off + size;
  }
  if (lo < -STACK || lo > -1 || hi > 0) {
    if (known) throw new VerifyError(pc, "stack-bounds", { dir, regno, off: lo, size });
    throw new VerifyError(pc, "stack-variable", { dir, regno, varOff: tnumText(ptr.var), off: ptr.off, size });
  }
  const f = stackFrame(st, ptr);
  c.stackDepth.set(f.start, Math.max(c.stackDepth.get(f.start) ?? 0, -lo));
  // (a helper's reads break the bpf_fastcall contract too: Linux 6.18 answered so)
  fastcallAccess(c.fastcall, f.start, pc, lo);
  // memory the helper only writes (uninitialised memory allowed) is not read; the rest may be, and
  // so may memory it writes at a variable offset (no raw mode then: check_stack_range_initialized)
  if (!write || reads || !known) liveRead(c, f, lo, hi);
  if (!write) return;
  // the helper may write anything there. Memory it may find uninitialised, at a known offset, is
  // written as data a byte at a time (check_helper_call): a byte in a slot holding a spill makes
  // the whole slot data. Otherwise each byte is checked as initialised memory and clobbered
  // (check_stack_range_initialized): a zero or uninitialised byte becomes data, and a byte of a
  // spill makes its whole slot data
  const bytewise = known && !reads;
  for (let a = lo; a < hi; a++) {
    const k = Math.floor((-a - 1) / 8);
    const slot = (f.stack[k] ??= { bytes: new Uint8Array(8) });
    const j = a + 8 * (k + 1);
    if ((bytewise && slot.spilled !== undefined) || spillByte(slot, j)) scrubSlot(slot);
    slot.bytes[j] = Byte.Misc;
  }
}

/** A slot that held a spill becomes data, every byte of it that was written (scrub_spilled_slot). */
function scrubSlot(slot: Slot): void {
  for (let j = 0; j < 8; j++) if (slot.bytes[j] !== Byte.Invalid) slot.bytes[j] = Byte.Misc;
  slot.spilled = undefined;
  slot.narrow = slot.at = undefined;
}
