// The verifier's state on one path: frames (registers and stack slots), references held,
// and how to copy, compare and print it.

import { cloneReg, covers32, notInit, pointer, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { baseId, hasDelta } from "./linked.ts";
import { tIn } from "./tnum.ts";

/** What a stack byte holds (the kernel's STACK_INVALID, STACK_MISC, STACK_ZERO, STACK_SPILL). */
export const enum Byte {
  Invalid = 0,
  Misc = 1,
  Zero = 2,
  Spill = 3,
}

export interface Slot {
  /** Byte kinds, index 0 = lowest address of the slot. */
  readonly bytes: Uint8Array;
  /** The register spilled here, when all 8 bytes (or its low bytes) hold a spill. */
  spilled?: Reg;
  /** For a narrow spill: its size and the byte of the slot it starts at. */
  narrow?: number;
  at?: number;
}

export interface Frame {
  regs: Reg[];
  /** Slot k covers [fp - 8(k+1), fp - 8k). */
  stack: (Slot | undefined)[];
  /** The call instruction that made this frame (-1 for the entry frame). */
  readonly callsite: number;
  /** First instruction of the function. */
  readonly start: number;
  readonly index: number;
  /** A callback's frame (callback.ts): its exit goes back to the call that pushed it. */
  readonly callback?: true;
  /**
   * How many times this function's callback was pushed on the way to this state without the
   * helper's bound being reached (the kernel's callback_depth): a bpf_loop call pushes its
   * callback again while this is below its count.
   */
  callbackDepth: number;
}

export interface State {
  frames: Frame[];
  /** Acquired references not yet released: ringbuf records. */
  refs: { id: number; insn: number }[];
  /** Where this state is. */
  pc: number;
  /** How many may_goto iterations deep this path is. */
  mayGoto: number;
  /** How many callback frames were pushed on the way to this state (the kernel's callback_unroll_depth). */
  callbackUnroll: number;
}

export function entryFrame(index: number, callsite: number, start: number): Frame {
  const regs = Array.from({ length: 11 }, () => notInit());
  regs[10] = pointer("fp", { frame: index });
  return { regs, stack: [], callsite, start, index, callbackDepth: 0 };
}

export function cloneState(s: State): State {
  return {
    frames: s.frames.map((f) => ({
      ...f,
      regs: f.regs.map(cloneReg),
      stack: f.stack.map((sl) => (sl ? { bytes: sl.bytes.slice(), spilled: sl.spilled && cloneReg(sl.spilled), narrow: sl.narrow, at: sl.at } : undefined)),
    })),
    refs: s.refs.slice(),
    pc: s.pc,
    mayGoto: s.mayGoto,
    callbackUnroll: s.callbackUnroll,
  };
}

/** The not_init register every stored state shares (frozen: a stored state's registers are only read, and scalars marked precise). */
const STORED_NOT_INIT: Reg = Object.freeze(notInit());

/**
 * A copy of `s` to store at a prune point (prune.ts): as cloneState(), but registers never
 * written are the one shared STORED_NOT_INIT, and a pointer (or other non-scalar) register the
 * same in every field as in `prev` (the path's last stored state, at the same frame) is
 * `prev`'s. A stored state is never walked again; only its scalars' precise marks change, so
 * what is not a scalar is only read. (A loop stores thousands, most of their registers unused
 * or the same pointers: fewer objects for the collector to carry.)
 */
export function storedState(s: State, prev?: State): State {
  const frames = new Array<Frame>(s.frames.length);
  for (let n = 0; n < frames.length; n++) {
    const f = s.frames[n];
    const before = prev !== undefined && n < prev.frames.length ? prev.frames[n].regs : undefined;
    const regs = new Array<Reg>(f.regs.length);
    for (let k = 0; k < regs.length; k++) {
      const r = f.regs[k];
      if (r.type === "not_init" && !r.written && !r.precise && r.off === 0) regs[k] = STORED_NOT_INIT;
      else if (r.type !== "scalar" && before !== undefined && sameReg(before[k], r)) regs[k] = before[k];
      else regs[k] = cloneReg(r);
    }
    const stack = f.stack.length === 0 ? NO_SLOTS : f.stack.map((sl) => (sl ? { bytes: sl.bytes.slice(), spilled: sl.spilled && cloneReg(sl.spilled), narrow: sl.narrow, at: sl.at } : undefined));
    // (the literal entryFrame() makes, in its order: one shape for every frame a comparison reads)
    frames[n] = f.callback ? { ...f, regs, stack } : { regs, stack, callsite: f.callsite, start: f.start, index: f.index, callbackDepth: f.callbackDepth };
  }
  return { frames, refs: s.refs.length === 0 ? NO_REFS : s.refs.slice(), pc: s.pc, mayGoto: s.mayGoto, callbackUnroll: s.callbackUnroll };
}

/** Whether two registers agree in every field (the tnum by object first: copies share it). */
function sameReg(a: Reg, b: Reg): boolean {
  return (
    a.type === b.type && a.off === b.off && a.id === b.id && a.refId === b.refId && a.range === b.range && a.map === b.map && a.memSize === b.memSize &&
    a.frame === b.frame && a.written === b.written && a.precise === b.precise &&
    (a.var === b.var || (a.var.value === b.var.value && a.var.mask === b.var.mask)) &&
    a.smin === b.smin && a.smax === b.smax && a.umin === b.umin && a.umax === b.umax &&
    a.u32min === b.u32min && a.u32max === b.u32max && a.s32min === b.s32min && a.s32max === b.s32max
  );
}

/** The empty stack and reference list stored states share (frozen, as a stored state is only read). */
const NO_SLOTS = Object.freeze([]) as unknown as (Slot | undefined)[];
const NO_REFS = Object.freeze([]) as unknown as State["refs"];

/**
 * How ids in an old state correspond to ids in the current one. An id links copies (a null
 * check or bounds check on one applies to all), so old's links must hold in cur too: each old
 * id stands for one cur id. An unlinked cur value (id 0) is unique: it can match one old id.
 */
class IdMap {
  private map?: Map<number, number>; // made on first use: most comparisons meet no ids
  private back?: Map<number, number>;
  private unique = 0;

  /**
   * Two old ids never stand for one cur id (the kernel's check_ids: a cur id already paired with
   * another old id fails). With `refs`, an old 0 wants a cur 0 (references: one release frees
   * both); scalars' old 0 is linked to nothing and matches anything (check_scalar_ids).
   */
  constructor(private readonly refs = false) {}

  /** Forgets every correspondence, for the next comparison. */
  reset(): void {
    this.unique = 0;
    if (this.map?.size) this.map.clear();
    if (this.back?.size) this.back.clear();
  }

  match(oldId: number, curId: number): boolean {
    if (oldId === 0) return !this.refs || curId === 0; // nothing was linked to it in old: any cur value is as safe
    const want = curId !== 0 ? curId : --this.unique;
    const had = (this.map ??= new Map()).get(oldId);
    if (had === undefined) {
      if ((this.back ??= new Map()).has(want)) return false;
      this.back.set(want, oldId);
      this.map.set(oldId, want);
      return true;
    }
    return had === want;
  }
}

/**
 * Whether old's links hold in cur: a register linked with a delta in old must be linked with the
 * same delta in cur (to what old's base stands for), and one linked plainly must not have a delta.
 */
function linksCover(old: Reg, cur: Reg, ids: IdMap): boolean {
  if (!hasDelta(old.id)) return !(old.id && hasDelta(cur.id)) && ids.match(old.id, cur.id);
  return hasDelta(cur.id) && old.off === cur.off && ids.match(old.id, cur.id) && ids.match(baseId(old.id), baseId(cur.id));
}

/**
 * Whether `old` covers `cur`: every value `cur` allows, `old` allowed too (so cur is safe if old
 * was). With `exact`, scalars compare by range whether precise or not (for states still being
 * explored, whose precision marks are not final).
 */
function regCovers(old: Reg, cur: Reg, ids: IdMap, refs: IdMap, exact: boolean): boolean {
  if (old.type === "not_init") return true;
  if (old.type !== cur.type) return false;
  if (old.type === "scalar" && !old.precise && !exact) return true;
  if (old.type === "scalar") return old.umin <= cur.umin && old.umax >= cur.umax && old.smin <= cur.smin && old.smax >= cur.smax && tIn(old.var, cur.var) && covers32(old, cur) && linksCover(old, cur, ids);
  if (old.off !== cur.off || old.map !== cur.map || old.frame !== cur.frame || old.memSize !== cur.memSize) return false;
  if ((old.type === "pkt" || old.type === "pkt_meta") && old.range > cur.range) return false;
  if ((old.id !== 0) !== (cur.id !== 0) && (old.type.endsWith("_or_null"))) return false;
  if (!ids.match(old.id, cur.id) || !refs.match(old.refId, cur.refId)) return false;
  return old.umin <= cur.umin && old.umax >= cur.umax && tIn(old.var, cur.var);
}

// One pair of id maps for every comparison (comparisons never nest): two allocations fewer
// for each stored state a prune point compares.
const sharedIds = new IdMap();
const sharedRefs = new IdMap(true);

/**
 * The instruction a frame of `st` stands at: the state's own for the innermost frame, the call
 * it made for the others (the kernel's frame_insn_idx).
 */
export function frameInsn(st: State, f: number): number {
  return f === st.frames.length - 1 ? st.pc : st.frames[f + 1].callsite;
}

/**
 * With `live` (the registers live before each instruction, effects.ts liveBefore), registers
 * dead where a frame stands are not compared: nothing after reads them (6.18's func_states_equal).
 * `exact` compares by ranges, precision aside (RANGE_WITHIN); `equal` is for stateEquals() (EXACT).
 */
export function stateCovers(old: State, cur: State, exact: boolean, live?: readonly number[], equal = false): boolean {
  if (old.frames.length !== cur.frames.length || old.refs.length !== cur.refs.length) return false;
  const ids = sharedIds;
  const refs = sharedRefs;
  ids.reset();
  refs.reset();
  for (let f = 0; f < old.frames.length; f++) {
    const a = old.frames[f];
    const b = cur.frames[f];
    if (a.callsite !== b.callsite) return false;
    // a state that had pushed its callback more times covers none that had pushed it fewer (func_states_equal)
    if (a.callbackDepth > b.callbackDepth) return false;
    const mask = live === undefined ? ALL_REGS : live[frameInsn(old, f)] | R10;
    for (let k = 0; k < 11; k++) if (mask & (1 << k) && !regCovers(a.regs[k], b.regs[k], ids, refs, exact)) return false;
    const n = Math.max(a.stack.length, b.stack.length);
    for (let k = 0; k < n; k++) {
      const sa = a.stack[k];
      const sb = b.stack[k];
      if (!sa) continue; // old had nothing there: anything is as safe
      // by ranges as by safety (slotCovers), the registers aside: 6.18's stacksafe wants the same
      // kinds of bytes for EXACT alone, so by ranges too a byte of data in old matches anything, a
      // spilled scalar matches a slot of data, and spills of other widths match by their registers
      // (a narrow spill of 0 covers a whole one)
      if (!equal) {
        if (!slotCovers(sa, sb, ids, refs, exact)) return false;
        continue;
      }
      for (let j = 0; j < 8; j++) {
        // (by kind: a whole spill of 0, kept as zero bytes, is a spill as any other)
        const ta = byteKind(sa, j);
        const tb = byteKind(sb, j);
        if (ta === Byte.Invalid) continue;
        // (the endless-loop check wants the same kind of byte, data and zeros aside)
        if (ta === Byte.Misc && (tb === Byte.Misc || tb === Byte.Zero)) continue;
        if (ta !== tb) return false;
      }
      if (sa.spilled && (!sb?.spilled || sa.narrow !== sb.narrow || sa.at !== sb.at || !regCovers(sa.spilled, sb.spilled, ids, refs, exact))) return false;
    }
  }
  // the references held must be the same ones (as the registers holding them say)
  for (let k = 0; k < old.refs.length; k++) if (!refs.match(old.refs[k].id, cur.refs[k].id)) return false;
  return true;
}

/**
 * Whether byte j of a slot belongs to a spilled register: every byte of a whole spill (a spill
 * of 0 is kept as zero bytes, and is still a spill), only the spilled bytes of a narrow one.
 */
export function spillByte(s: Slot, j: number): boolean {
  return s.spilled !== undefined && (s.narrow === undefined || s.bytes[j] === Byte.Spill);
}

/** The kind of byte j of a slot as the kernel keeps it (spillByte()). */
function byteKind(s: Slot | undefined, j: number): Byte {
  if (!s) return Byte.Invalid;
  return spillByte(s, j) ? Byte.Spill : s.bytes[j];
}

/** A slot that loads as a scalar whatever its width (scalar_reg_for_stack): a whole spilled scalar, or data (uninitialised bytes too: privileged) everywhere. */
function slotScalar(s: Slot | undefined): Reg | undefined {
  if (s?.spilled && s.narrow === undefined) return s.spilled.type === "scalar" ? s.spilled : undefined;
  for (let j = 0; j < 8; j++) {
    const t = byteKind(s, j);
    if (t !== Byte.Misc && t !== Byte.Invalid) return undefined;
  }
  return UNBOUND;
}
const UNBOUND = unknownScalar();

/**
 * Whether old's stack slot covers cur's, comparing by safety (stacksafe): byte by byte from the
 * slot's top, a byte old never wrote or held data in is as safe with anything (privileged); a
 * whole spilled scalar and a slot of data compare as scalars (data loads as any value), a
 * narrow spill as the register spilled where cur holds a spill in the same bytes; otherwise the
 * kinds must be the same.
 */
function slotCovers(sa: Slot, sb: Slot | undefined, ids: IdMap, refs: IdMap, exact: boolean): boolean {
  for (let j = 7; j >= 0; j--) {
    const ta = byteKind(sa, j);
    if (ta === Byte.Invalid || ta === Byte.Misc) continue;
    const ra = slotScalar(sa);
    const rb = ra && slotScalar(sb);
    if (ra && rb) return regCovers(ra, rb, ids, refs, exact);
    if (ta !== byteKind(sb, j)) return false;
    if (j === 0 && ta === Byte.Spill) return regCovers(sa.spilled!, sb!.spilled!, ids, refs, exact);
  }
  return true;
}

const ALL_REGS = 0x7ff;
const R10 = 1 << 10;

/** Exact equality of the live registers (all without `live`) and the stack, for "infinite loop detected". */
export function stateEquals(a: State, b: State, live?: readonly number[]): boolean {
  // a cheap look first (the kernel's states_maybe_looping): the current frame's registers
  if (a.frames.length !== b.frames.length) return false;
  const ra = a.frames[a.frames.length - 1].regs;
  const rb = b.frames[b.frames.length - 1].regs;
  for (let k = 0; k < 11; k++) {
    const x = ra[k];
    const y = rb[k];
    // (copies share their tnum object: comparing BigInts costs a call, comparing objects does not)
    if (x.type !== y.type || x.off !== y.off || (x.var !== y.var && (x.var.value !== y.var.value || x.var.mask !== y.var.mask))) return false;
    // (the kernel compares the registers' bytes up to their ids, ids included: a loop that makes
    // a new id each pass never looks like one that repeats itself)
    if (x.id !== y.id || x.refId !== y.refId) return false;
  }
  return stateCovers(a, b, true, live, true) && stateCovers(b, a, true, live, true);
}

/** Whether two states stand in the same chain of calls (the kernel's same_callsites). */
export function sameCallsites(a: State, b: State): boolean {
  if (a.frames.length !== b.frames.length) return false;
  for (let f = 0; f < a.frames.length; f++) if (a.frames[f].callsite !== b.frames[f].callsite) return false;
  return true;
}

/**
 * Loop widening (the kernel's widen_imprecise_scalars): forgets, in `cur`, each scalar register
 * and spilled scalar that is precise in neither state and is not the same as in `prev`, where
 * the same means every bound and known bit, and ids that correspond one to one over the whole
 * comparison (regs_exact with check_ids): a copy linked anew each pass is still the same value.
 * Frames from the innermost out, registers before slots, as the kernel walks them (the ids'
 * correspondence grows in that order).
 */
export function widen(prev: State, cur: State): void {
  if (prev.frames.length !== cur.frames.length) return;
  const fwd = new Map<number, number>();
  const back = new Map<number, number>();
  const sameId = (o: number, c: number): boolean => {
    if ((o === 0) !== (c === 0)) return false;
    if (o === 0) return true;
    const had = fwd.get(o);
    if (had !== undefined) return had === c;
    if (back.has(c)) return false;
    fwd.set(o, c);
    back.set(c, o);
    return true;
  };
  const forget = (old: Reg, r: Reg): boolean => {
    if (old.type !== "scalar" || r.type !== "scalar" || old.precise || r.precise) return false;
    const exact =
      old.off === r.off && old.range === r.range && old.map === r.map && old.memSize === r.memSize &&
      old.var.value === r.var.value && old.var.mask === r.var.mask &&
      old.umin === r.umin && old.umax === r.umax && old.smin === r.smin && old.smax === r.smax &&
      covers32(old, r) && covers32(r, old) &&
      sameId(old.id, r.id) && sameId(old.refId, r.refId);
    if (!exact) Object.assign(r, { ...unknownScalar(), written: r.written });
    return !exact;
  };
  for (let n = cur.frames.length - 1; n >= 0; n--) {
    const p = prev.frames[n];
    const f = cur.frames[n];
    for (let k = 0; k < 11; k++) forget(p.regs[k], f.regs[k]);
    // (a slot holding a spill, a whole spill of 0 kept as zero bytes too: the kernel's is_spilled_reg)
    for (let k = 0; k < Math.min(p.stack.length, f.stack.length); k++) {
      const a = p.stack[k]?.spilled;
      const b = f.stack[k]?.spilled;
      // (a whole spill of 0 forgotten is a spill of any value: its bytes no longer read as zero)
      if (a && b && forget(a, b) && spillByte(f.stack[k]!, 0) && f.stack[k]!.bytes[0] === Byte.Zero) f.stack[k]!.bytes.fill(Byte.Spill);
    }
  }
}
