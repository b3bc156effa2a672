// What each instruction does to registers and stack slots, in the forms the verifier reads:
// the registers it uses and defines, and from them which registers are live before each
// instruction (the level-2 log's header); the registers and slots it touches (the log prints
// those after it, as the kernel's "scratched" marks); and, backwards, which values a value after
// it came from (precision tracking). They follow the kernel, which is why they differ in detail
// (an atomic scratches r0 in the log; LD_ABS uses every register for liveness and clobbers
// r0-r5 for precision).

import { flowSuccessors, loops } from "../cfg/index.ts";
import { byOpcode } from "../isa/index.ts";
import type { Decoded } from "../isa/index.ts";
import { helperProto, helperProtoFor } from "../isa/helper_protos.ts";
import type { ArgType } from "../isa/helper_protos.ts";
import { MAX_BPF_STACK } from "../isa/limits.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { MapDef } from "../program.ts";
import { callbackCalls } from "./callback.ts";
import { RejectionError } from "./error.ts";
import { mapAt } from "./reg.ts";
import { Byte, spillByte } from "./state.ts";
import type { Frame } from "./state.ts";

// ---- liveness: registers used and defined ---------------------------------------------

const bit = (n: number) => 1 << n;
/** r0-r5, which a call may change. */
const CALLER_SAVED = 0x3f;
const ALL = 0xffff;

/**
 * The registers an instruction reads and writes, as bit masks (bit n = rn). A helper call uses its
 * arguments where the kernel has its prototype for the program type (`caller`; any type when
 * absent), r1-r5 otherwise, as the kernel's compute_insn_live_regs, whose call summary finds none.
 */
export function useDef(decoded: Decoded, caller?: ProgType): { use: number; def: number } {
  const d = decoded.valid ? decoded : byOpcode(decoded);
  if (!d) return { use: ALL, def: 0 };
  const { spec: s, insn: i } = d;
  const src = bit(i.src);
  const dst = bit(i.dst);
  switch (s.kind) {
    case "lddw":
      return { use: 0, def: dst };
    case "ldabs":
    case "ldind":
      return { use: ALL, def: 0 }; // the kernel keeps its defaults here
    case "ldx":
    case "ldxsx":
    case "load_acq":
      return { use: src, def: dst };
    case "st":
      return { use: dst, def: 0 };
    case "stx":
    case "store_rel":
      return { use: dst | src, def: 0 };
    case "atomic":
      if (s.op.includes("cmpxchg")) return { use: bit(0) | dst | src, def: bit(0) };
      return { use: dst | src, def: i.imm & 1 ? src : 0 }; // BPF_FETCH
    case "end":
      return { use: dst, def: dst };
    case "mov":
    case "movsx":
    case "addr_space_cast":
      return { use: s.source === "reg" || s.kind !== "mov" ? src : 0, def: dst };
    case "alu":
    case "neg":
      return { use: s.source === "reg" ? dst | src : dst, def: dst };
    case "ja":
    case "gotol":
      return { use: 0, def: 0 };
    case "exit":
      return { use: bit(0), def: 0 };
    case "call":
    case "callx": {
      if (s.kind === "call" && s.op === "helper") {
        const p = helperProto(i.imm);
        if (p && (!caller || helperProtoFor(p, caller.name, caller.attach))) return { use: ((1 << (p.args.length + 1)) - 1) & ~1, def: CALLER_SAVED };
      }
      return { use: CALLER_SAVED & ~1, def: CALLER_SAVED };
    }
    case "may_goto":
      // (a JCOND reads no register: the kernel's compute_insn_live_regs gives it none)
      return { use: 0, def: 0 };
    case "jcc":
      return { use: s.source === "reg" ? dst | src : dst, def: 0 };
  }
  return { use: ALL, def: 0 };
}

// ---- liveness: registers live before each instruction -----------------------------------
//
// A backward dataflow over the instruction graph, as the kernel (6.13+) computes before its walk
// and prints at log level 2 ("Live regs before insn:"), with the loop of each instruction:
//
//   out(i) = ∪ in(s) for each successor s      in(i) = (out(i) \ def(i)) ∪ use(i)
//
// Calls are not followed into the callee: a call uses its arguments and defines r0-r5.
// Successors and loops come from the cfg.


export interface Liveness {
  /** Registers live before each instruction (bit n = rn), by slot. */
  readonly before: readonly number[];
  /** The loop (strongly connected component) number of each instruction, 0 outside loops. */
  readonly scc: readonly number[];
}

export function liveness(at: readonly (Decoded | undefined)[], caller?: ProgType): Liveness {
  const succ = flowSuccessors(at);
  return { before: liveBefore(at, caller, succ), scc: loops(at, succ, callbackCalls(at)) };
}

/**
 * The registers live before each instruction (bit n = rn), by slot: what state pruning compares
 * (6.18's func_states_equal looks only at these, as it cleans the rest from stored states).
 */
export function liveBefore(at: readonly (Decoded | undefined)[], caller?: ProgType, succ?: readonly (readonly number[])[]): number[] {
  // (once per program and type: state pruning and the linking of scalars at branches both ask)
  const known = succ === undefined ? LIVE.get(at)?.get(caller) : undefined;
  if (known) return known;
  const out = computeLive(at, caller, succ ?? flowSuccessors(at));
  if (succ === undefined) (LIVE.get(at) ?? (LIVE.set(at, new Map()), LIVE.get(at)!)).set(caller, out);
  return out;
}

const LIVE = new WeakMap<readonly (Decoded | undefined)[], Map<ProgType | undefined, number[]>>();

function computeLive(at: readonly (Decoded | undefined)[], caller: ProgType | undefined, succ: readonly (readonly number[])[]): number[] {
  const n = at.length;
  // `at` may have holes (second slots of ld_imm64)
  const ud = Array.from({ length: n }, (_, pc) => (at[pc] ? useDef(at[pc]!, caller) : { use: 0, def: 0 }));
  const inn = new Array<number>(n).fill(0);
  for (let changed = true; changed; ) {
    changed = false;
    for (let pc = n - 1; pc >= 0; pc--) {
      if (!at[pc]) continue;
      let out = 0;
      for (const s of succ[pc]) out |= inn[s];
      const v = ((out & ~ud[pc].def) | ud[pc].use) & ALL;
      if (v !== inn[pc]) {
        inn[pc] = v;
        changed = true;
      }
    }
  }
  return inn;
}

// ---- the log: registers and slots touched ---------------------------------------------

/**
 * Bytes a helper argument that the helper writes without reading (MEM_UNINIT: the kernel's
 * raw_mode, which checks them as byte stores after the call) spans, from the state before the call.
 */
function rawModeSize(t: ArgType, f: Frame, k: number, maps: readonly MapDef[]): number {
  // (a stack pointer at a variable offset turns raw mode off too: check_stack_range_initialized)
  if (f.regs[k + 1].var.mask !== 0n) return 0;
  if (t === "long_out") return 8;
  if (t === "uninit_map_value") return mapAt(maps, f.regs[1].map)?.valueSize ?? 0;
  if (t !== "uninit_mem") return 0;
  const size = f.regs[k + 2];
  // (a size that is not a constant turns raw mode off: the memory is checked as read, and not
  // written byte by byte; one out of the stack's reach is refused at the call)
  return size.type === "scalar" && size.var.mask === 0n && size.umax <= BigInt(MAX_BPF_STACK) ? Number(size.umax) : 0;
}

/** The registers and stack slots an instruction reads or writes, from the state before it. */
export function touched(d: Decoded, f: Frame, maps: readonly MapDef[]): { regs: number; slots: number[] } {
  if (!d.valid) return { regs: 0, slots: [] };
  const { spec: s, insn: i } = d;
  const b = (n: number) => 1 << n;
  // (a write at a variable offset scratches every slot it may reach, as check_stack_write_var_off)
  // (a read at a variable offset scratches the slots it may read from the lowest up to the first
  // byte that is not a zero, as mark_reg_stack_read; a spilled 0 is a spill, not zero bytes, there)
  const slotsAt = (base: number, size: number, write = false): number[] => {
    const r = f.regs[base];
    // (the kernel marks slots by number, whichever frame's stack the pointer is into: an access to
    // a caller's fp-8 has the current frame's fp-8 printed; at a variable offset, only this frame's)
    if (!r || r.type !== "fp" || (r.frame !== f.index && r.var.mask !== 0n)) return [];
    const varRead = r.var.mask !== 0n && !write;
    const lo = r.off + Number(r.var.mask === 0n ? BigInt.asIntN(64, r.var.value) : r.smin) + i.off;
    const hi = r.var.mask === 0n ? lo + size : r.off + Number(r.smax) + i.off + size;
    const out: number[] = [];
    // (only the stack's own bytes: a range past them is refused by the access's check, and may
    // span 2^64 values)
    for (let a = Math.max(lo, -MAX_BPF_STACK), end = Math.min(hi, 0); a < end; a++) {
      const k = Math.floor((-a - 1) / 8);
      if (!out.includes(k)) out.push(k);
      if (varRead) {
        const slot = f.stack[k];
        const zero = slot !== undefined && slot.bytes[a + 8 * (k + 1)] === Byte.Zero && !spillByte(slot, a + 8 * (k + 1));
        if (!zero) break;
      }
    }
    return out;
  };
  const size = s.size ?? 8;
  switch (s.kind) {
    case "alu":
    case "mov":
    case "movsx":
    case "neg":
    case "end":
    case "jcc":
    case "addr_space_cast":
      return { regs: b(i.dst) | (s.source === "reg" ? b(i.src) : 0), slots: [] };
    case "lddw":
      return { regs: b(i.dst), slots: [] };
    case "ldx":
    case "ldxsx":
    case "load_acq":
      return { regs: b(i.dst) | b(i.src), slots: slotsAt(i.src, size) };
    case "st":
      return { regs: b(i.dst), slots: slotsAt(i.dst, size, true) };
    case "stx":
    case "store_rel":
      return { regs: b(i.dst) | b(i.src), slots: slotsAt(i.dst, size, true) };
    case "atomic":
      // (only a compare-and-exchange reads and writes r0)
      return { regs: b(i.dst) | b(i.src) | (s.op === "cmpxchg" ? b(0) : 0), slots: slotsAt(i.dst, size) };
    case "call": {
      // a helper's writes to memory it does not read are byte stores: they scratch the slots
      const proto = s.op === "helper" ? helperProto(i.imm) : undefined;
      const slots: number[] = [];
      proto?.args.forEach((t, k) => {
        const n = rawModeSize(t, f, k, maps);
        if (n > 0) for (const slot of slotsAt(k + 1, n, true)) if (!slots.includes(slot)) slots.push(slot);
      });
      return { regs: 0x3f, slots };
    }
    case "callx":
      return { regs: 0x3f, slots: [] };
    case "ldabs":
    case "ldind":
      return { regs: b(0) | b(6) | (s.kind === "ldind" ? b(i.src) : 0), slots: [] };
    default:
      return { regs: 0, slots: [] };
  }
}

// ---- precision: one instruction backwards ----------------------------------------------

/** What backtracking needs beyond the pc and frame of an executed instruction. */
export interface HistExtra {
  /** The stack slot a load or store used (a slot location, see precision.ts). */
  slot?: number;
  /** Registers and slots that learned bounds from this conditional jump (copies of one scalar). */
  linked?: readonly number[];
  /** A call of a global function: it was not entered, and it set r0 (to an unknown scalar). */
  global?: true;
}

/** The set being traced back: registers per frame, stack slots and registers as locations. */
export interface Wanted {
  readonly regs: number[];
  readonly slots: Set<number>;
  has(f: number, r: number): boolean;
  add(f: number, r: number): void;
  drop(f: number, r: number): void;
  addLoc(loc: number): void;
  hasLoc(loc: number): boolean;
  /** The frame a slot location belongs to. */
  slotFrame(loc: number): number;
}

/**
 * One instruction backwards: what `want` (the values needed after it) needed before it.
 * Where an instruction's effect is not modelled exactly, its operands are added (more
 * precision is always safe; less is not).
 */
/**
 * What stepping back over each instruction does, when it is one of the common simple cases, as
 * a code per slot (one byte, made once per CFG): backtracking reads it instead of taking the
 * instruction apart at every history entry. BT_OTHER: ask backtrackInsn().
 */
export const BT_NONE = 0; // nothing changes (an ALU operation on an immediate, a jump, an invalid slot)
export const BT_ALU_REG = 1; // dst wanted: src wanted too
export const BT_MOV_IMM = 2; // dst is no longer wanted
export const BT_MOV_REG = 3; // dst wanted: src wanted instead
export const BT_OTHER = 4;
export const BT_JCC_IMM = 5; // a conditional jump on an immediate: nothing changes, unless its history entry links registers
export const BT_JCC_REG = 6; // a conditional jump on two registers: either wanted, both wanted (unless its entry links registers)

const BT_CODES = new WeakMap<readonly (Decoded | undefined)[], Uint16Array>();
/** The last program's (the one being verified, nearly always). */
let lastAt: readonly (Decoded | undefined)[] | undefined;
let lastCodes: Uint16Array = new Uint16Array(0);

/**
 * The backtracking codes of every slot of `at` (cfg.at): the code in the low 4 bits, then the
 * instruction's dst and src registers, 4 bits each (btDst(), btSrc()), so that backtracking an
 * ALU or move instruction reads one number instead of the decoded instruction.
 */
export function backtrackCodes(at: readonly (Decoded | undefined)[]): Uint16Array {
  // (asked at every precision mark, mostly for the program of the last call: a WeakMap lookup cost more)
  if (at === lastAt) return lastCodes;
  let codes = BT_CODES.get(at);
  if (codes) {
    lastAt = at;
    lastCodes = codes;
    return codes;
  }
  codes = new Uint16Array(at.length);
  for (let pc = 0; pc < at.length; pc++) {
    const d = at[pc];
    if (!d || !d.valid) continue; // (backtrackInsn returns at once)
    const s = d.spec;
    switch (s.kind) {
      case "alu":
      case "neg":
      case "end":
        codes[pc] = s.source === "reg" ? BT_ALU_REG : BT_NONE;
        break;
      case "mov":
      case "movsx":
        codes[pc] = s.source === "reg" ? BT_MOV_REG : BT_MOV_IMM;
        break;
      case "jcc":
        codes[pc] = s.source === "reg" ? BT_JCC_REG : BT_JCC_IMM;
        break;
      case "addr_space_cast":
      case "ja":
      case "gotol":
        codes[pc] = BT_NONE;
        break;
      default:
        codes[pc] = BT_OTHER;
    }
    codes[pc] |= ((d.insn.dst & 15) << 4) | ((d.insn.src & 15) << 8);
  }
  BT_CODES.set(at, codes);
  lastAt = at;
  lastCodes = codes;
  return codes;
}

/**
 * One step back over instruction `d`, run in frame `f`: what was wanted after it becomes what is
 * wanted before it. `next` is the path's entry after it (pc * 8 + frame), or -1: it tells a call
 * that entered a callback, and an exit that went back to a helper's call, from the others.
 * True when backtracking must give up (every scalar is then marked precise).
 */
export function backtrackInsn(d: Decoded | undefined, f: number, extra: HistExtra | undefined, want: Wanted, next = -1, at: readonly (Decoded | undefined)[] = []): boolean {
  if (!d || !d.valid) return false;
  const { spec: s, insn: i } = d;
  switch (s.kind) {
    case "alu":
    case "neg":
    case "end":
      if (want.has(f, i.dst) && s.source === "reg") want.add(f, i.src);
      return false;
    case "mov":
    case "movsx":
      if (!want.has(f, i.dst)) return false;
      want.drop(f, i.dst);
      if (s.source === "reg") want.add(f, i.src);
      return false;
    case "addr_space_cast":
      return false;
    case "lddw":
      want.drop(f, i.dst);
      return false;
    case "ldx":
    case "ldxsx":
    case "load_acq":
      if (!want.has(f, i.dst)) return false;
      want.drop(f, i.dst);
      if (extra?.slot !== undefined) want.addLoc(extra.slot);
      return false;
    case "st":
      if (extra?.slot !== undefined) want.slots.delete(extra.slot);
      return false;
    case "stx":
    case "store_rel":
      if (extra?.slot !== undefined && want.slots.has(extra.slot)) {
        want.slots.delete(extra.slot);
        want.add(f, i.src);
      }
      return false;
    case "atomic": {
      // a fetch is a load into its register (r0 for cmpxchg): the value came from the slot
      if (s.op === "cmpxchg" || s.op === "xchg" || s.op.startsWith("fetch_")) {
        const load = s.op === "cmpxchg" ? 0 : i.src;
        if (!want.has(f, load)) return false;
        want.drop(f, load);
        if (extra?.slot !== undefined) want.addLoc(extra.slot);
        return false;
      }
      // the others are stores of their register, as the kernel backtracks them
      if (extra?.slot !== undefined && want.slots.has(extra.slot)) {
        want.slots.delete(extra.slot);
        want.add(f, i.src);
      }
      return false;
    }
    case "ldabs":
    case "ldind":
      // r0 from a packet load: the kernel does not trace it further and gives up (-ENOTSUPP);
      // also where the load returned from a subprogram with it (the caller's r0)
      if (want.has(f, 0) || (next >= 0 && (next & 7) === f - 1 && want.has(f - 1, 0))) return true;
      for (let r = 0; r <= 5; r++) want.drop(f, r);
      return false;
    case "jcc":
      if (extra?.linked?.some((l) => want.hasLoc(l))) for (const l of extra.linked) want.addLoc(l);
      if (s.source === "reg" && (want.has(f, i.dst) || want.has(f, i.src))) {
        want.add(f, i.dst);
        want.add(f, i.src);
        // and again: the register the test added brings its copies (the kernel syncs after the instruction too)
        if (extra?.linked?.some((l) => want.hasLoc(l))) for (const l of extra.linked) want.addLoc(l);
      }
      return false;
    case "call":
      if (s.op === "local" && extra?.global) {
        for (let r = 0; r <= 5; r++) want.drop(f, r);
        return false;
      }
      if (s.op === "local") {
        // back into the caller: the callee's arguments were the caller's r1-r5
        const callee = f + 1;
        for (let r = 1; r <= 5; r++) if (want.has(callee, r)) want.add(f, r);
        want.regs[callee] = 0;
        for (const loc of [...want.slots]) if (want.slotFrame(loc) === callee) want.slots.delete(loc);
        return false;
      }
      if (next >= 0 && (next & 7) === f + 1) {
        // the path went from this call into the callback the helper pushed: the callback's r1-r5
        // are the helper's, not the caller's, whose registers stay wanted (they are the call's
        // own arguments, the same when the callback comes back to it). A slot of the callback's
        // own wanted here was never written: the kernel gives up there (-ENOTSUPP); it cannot be
        // a precise scalar, and is dropped. Any other register wanted there was never written in
        // the callback (only a tail call's return can ask for one, its r0): the kernel stops at a
        // verifier bug.
        const other = want.regs[f + 1] & ~0b111110;
        if (other !== 0) throw new RejectionError("callback-unexpected-regs", { mask: other.toString(16) });
        for (let r = 1; r <= 5; r++) want.drop(f + 1, r);
        for (const loc of [...want.slots]) if (want.slotFrame(loc) === f + 1) want.slots.delete(loc);
        return false;
      }
      // a helper's result is not a function of values we track; its arguments are scratched
      for (let r = 0; r <= 5; r++) want.drop(f, r);
      // (a tail call in a subprogram that returned from it: the caller's r0 is the call's result)
      if (next >= 0 && (next & 7) === f - 1) want.drop(f - 1, 0);
      return false;
    case "exit": {
      // back into a callee from its caller: the caller's r0 was the callee's r0, when the caller
      // went on after a call of a function (the kernel's test: the instruction before is one),
      // not at a helper's call a callback went back to
      if (f === 0 || !want.has(f - 1, 0)) return false;
      want.drop(f - 1, 0);
      const before = next >= 0 ? at[(next >> 3) - 1] : undefined;
      if (next < 0 || (before?.valid && before.spec.kind === "call" && before.spec.op === "local")) want.add(f, 0);
      return false;
    }
    default:
      return false;
  }
  return false;
}

