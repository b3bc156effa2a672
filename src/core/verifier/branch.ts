// Conditional jumps: decide the branch when the bounds decide it, otherwise explore both
// with refined bounds; null checks on lookups and packet range checks apply to every copy
// of the pointer (same id).

import type { Decoded } from "../isa/index.ts";
import { BPF_MAX_VAR_OFF, MAX_LINKED_REGS, MAX_PACKET_OFF } from "../isa/limits.ts";
import { cloneReg, constScalar, constValue, immediate, invariantViolation, isConstReg, isPointer, unbound32, unbound64 } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { liveBefore } from "./effects.ts";
import { baseId, syncLinked } from "./linked.ts";
import { regLoc, slotLoc } from "./precision.ts";
import { decideScalars, refineScalars, REVERSE, SWAP } from "./scalar_cmp.ts";
import type { Cmp } from "./scalar_cmp.ts";
import { cloneState } from "./state.ts";
import type { State } from "./state.ts";
import type { Verification } from "./verify.ts";


/** Whether `r op k` holds for every value of r (1), for none (0) or is unknown (-1); a JMP32 compares the low halves. */
export const decideConst = (op: Cmp, r: Reg, k: bigint, width: 32 | 64): number => decideScalars(op, r, constScalar(k), width);

/** Narrows the scalar r to the values where `r op k` holds (jnset: where it does not); false when there are none. */
export const narrowConst = (r: Reg, op: Cmp | "jnset", k: bigint, width: 32 | 64): boolean => refineScalars(r, constScalar(k), op, width);

/** Applies `fn` to every register and spilled register of the state with this id. */
function forEachWithId(st: State, id: number, fn: (r: Reg) => void): void {
  if (!id) return;
  for (const f of st.frames) {
    for (const r of f.regs) if (r.id === id) fn(r);
    for (const s of f.stack) if (s?.spilled?.id === id) fn(s.spilled);
  }
}

/**
 * A packet pointer's range when a test proved it at the end of the packet, or past it: the
 * kernel's values (the log prints them, as u64, and a stored state covers a packet pointer only
 * with a range no greater than the new one's, so their order decides pruning too).
 */
export const AT_PKT_END = -1;
export const BEYOND_PKT_END = -2;
/**
 * After a packet check, every copy of the pointer (same id and type) gets the proven range, which
 * counts from the packet pointer's base, like reg->off (find_good_pkt_pointers). `open`: the test
 * was strict (ptr < end), so the byte at ptr is in the packet too.
 */
function findGoodPktPointers(st: State, ptr: Reg, open: boolean): void {
  if (ptr.off < 0 || (ptr.off === 0 && open)) return;
  if (ptr.umax > BigInt(MAX_PACKET_OFF) || ptr.umax + BigInt(ptr.off) > BigInt(MAX_PACKET_OFF)) return;
  const range = ptr.off + (open ? 1 : 0);
  const { type, id } = ptr;
  for (const f of st.frames) {
    for (const r of f.regs) if (r.type === type && r.id === id) r.range = Math.max(r.range, range);
    for (const sl of f.stack) if (sl?.spilled?.type === type && sl.spilled.id === id) sl.spilled.range = Math.max(sl.spilled.range, range);
  }
}

export function branch(c: Verification, st: State, d: Decoded & { valid: true }, read: (n: number) => Reg, fork: (s: State) => void): State {
  const { insn: i, spec: s, pc } = d;
  const op = s.op as Cmp;
  const target = pc + i.off + 1;
  const dst = read(i.dst);
  const src = s.source === "reg" ? read(i.src) : (c.imms[pc] ??= immediate(d)); // (by slot: a WeakMap lookup at every branch otherwise)
  // a stack pointer compared is a history entry, decided or not (INSN_F_SRC_REG_STACK, INSN_F_DST_REG_STACK)
  if (dst.type === "fp" || src.type === "fp") c.kernelHist = true;
  // two scalars: none of the pointer rules below applies (and their closures are not made)
  if (!isPointer(dst) && !isPointer(src)) return scalarBranch(c, st, d, dst, src, fork);
  const regs = () => st.frames[st.frames.length - 1].regs;

  // the taken side is a copy, made only when both sides are explored (or the jump is always taken)
  let takenState: State | undefined;
  const lazy = () => {
    if (!takenState) {
      takenState = cloneState(st);
      takenState.pc = target;
    }
    return takenState;
  };
  const fallRegs = regs();

  // packet range checks: pkt vs pkt_end, and pkt_meta vs the packet's start (try_match_pkt_pointers)
  const initPkt = (r: Reg) => r.type === "pkt" && r.off === 0 && r.var.mask === 0n && r.var.value === 0n;
  const pkt = (a: Reg, b: Reg) => (a.type === "pkt" && b.type === "pkt_end") || (a.type === "pkt_meta" && initPkt(b));
  if (s.width === 64 && s.source === "reg" && (op === "jgt" || op === "jge" || op === "jlt" || op === "jle")) {
    // a pointer known to be past the end decides the branch (is_pkt_ptr_branch_taken)
    const anyPkt = (r: Reg) => r.type === "pkt" || r.type === "pkt_meta" || r.type === "pkt_end";
    if (anyPkt(dst) && anyPkt(src) && (dst.type === "pkt_end") !== (src.type === "pkt_end")) {
      const p = src.type === "pkt_end" ? dst : src;
      const o: Cmp = src.type === "pkt_end" ? op : SWAP[op];
      let t = -1;
      if (p.range === BEYOND_PKT_END && (o === "jle" || o === "jgt")) t = o === "jgt" ? 1 : 0;
      if ((p.range === BEYOND_PKT_END || p.range === AT_PKT_END) && (o === "jlt" || o === "jge")) t = o === "jge" ? 1 : 0;
      if (t === 1) {
        st.pc = target;
        return st;
      }
      if (t === 0) return st;
    }
    if (pkt(dst, src) || pkt(src, dst)) {
      const ptrIsDst = pkt(dst, src);
      const ptrNo = ptrIsDst ? i.dst : i.src;
      // normalise to `ptr OP end`
      const o: Cmp = ptrIsDst ? op : SWAP[op];
      const taken = lazy();
      // where `ptr <= end` (or `<`) holds the bytes before ptr are in the packet; where `ptr > end`
      // (or `>=`) holds, ptr itself is past (or at) the end
      const good = (where: State, open: boolean) => findGoodPktPointers(where, st.frames[st.frames.length - 1].regs[ptrNo], open);
      const pastEnd = (where: State, beyond: boolean) => {
        const r = where.frames[where.frames.length - 1].regs[ptrNo];
        if (r.type === "pkt") r.range = beyond ? BEYOND_PKT_END : AT_PKT_END;
      };
      // [where the test holds for ptr <= end, strict?] and [where ptr is past the end, beyond it?]
      const inside = o === "jgt" || o === "jge" ? st : taken;
      const outside = inside === st ? taken : st;
      good(inside, o === "jlt" || o === "jge");
      pastEnd(outside, o === "jgt" || o === "jle");
      fork(taken);
      return st;
    }
  }

  // null checks
  const nullable = (r: Reg) => r.type.endsWith("_or_null");
  if (s.width === 64 && (op === "jeq" || op === "jne") && s.source === "imm" && i.imm === 0 && nullable(dst)) {
    const taken = lazy();
    const isNull = op === "jeq" ? taken : st;
    const notNull = op === "jeq" ? st : taken;
    const id = dst.id;
    const refs = new Set<number>();
    forEachWithId(isNull, id, (r) => {
      // a NULL from an acquiring helper was never acquired; a NULL cast (id of its own) still holds its argument's
      if (r.refId === id) refs.add(r.refId);
      Object.assign(r, { ...constScalar(0n) });
    });
    isNull.refs = isNull.refs.filter((x) => !refs.has(x.id));
    forEachWithId(notNull, id, (r) => {
      r.type = r.type.slice(0, -"_or_null".length) as Reg["type"];
      r.id = 0;
    });
    if (id === 0) {
      void fallRegs;
    }
    fork(taken);
    return st;
  }

  if (s.width === 64 && (op === "jeq" || op === "jne") && isPointer(dst) !== isPointer(src)) {
    // a pointer that cannot be NULL compared with 0: the kernel knows the answer
    const p = isPointer(dst) ? dst : src;
    const z = isPointer(dst) ? src : dst;
    if (notNull(p) && isConstReg(z) && constValue(z) === 0n) {
      if (op === "jne") st.pc = target;
      return st;
    }
  }
  if (isPointer(dst) || isPointer(src)) {
    // a pointer that may be NULL compared equal to one that cannot be is not NULL either (a stack
    // or packet pointer does not count: reg_not_null names the types that do)
    const nullable = (r: Reg) => r.type.endsWith("_or_null");
    if (s.width === 64 && s.source === "reg" && isPointer(dst) && isPointer(src) && (op === "jeq" || op === "jne") && ((nullable(dst) && notNull(src)) || (nullable(src) && notNull(dst)))) {
      const taken = lazy();
      const eq = op === "jeq" ? taken : st;
      const r = eq.frames[eq.frames.length - 1].regs[nullable(src) ? i.src : i.dst];
      r.type = r.type.slice(0, -"_or_null".length) as Reg["type"];
      fork(taken);
      return st;
    }
    // other pointer comparisons (privileged): both ways, nothing learned
    fork(lazy());
    return st;
  }

  return scalarBranch(c, st, d, dst, src, fork);
}

const ONE = [0];
const BOTH = [0, 0];

/** A branch on two scalars: decided by their bounds, or both ways with each side's bounds narrowed. */
function scalarBranch(c: Verification, st: State, d: Decoded & { valid: true }, dst: Reg, src: Reg, fork: (s: State) => void): State {
  const { insn: i, spec: s, pc } = d;
  const op = s.op as Cmp;
  const frameNo = st.frames.length - 1;
  // (a JMP32 compares the low 32 bits)
  const width = s.width === 32 ? 32 : 64;
  const t = decideScalars(op, dst, src, width);
  // the branch went one way because of these values: a state reusing this one must have them too
  if (t !== -1) {
    // (two arrays filled each time rather than one made: c.precise() only reads them, at once)
    if (s.source === "reg") {
      BOTH[0] = regLoc(frameNo, i.dst);
      BOTH[1] = regLoc(frameNo, i.src);
      c.precise(st, BOTH);
    } else {
      ONE[0] = regLoc(frameNo, i.dst);
      c.precise(st, ONE);
    }
  }
  if (t === 1) {
    st.pc = pc + i.off + 1;
    return st;
  }
  if (t === 0) return st;
  // the copies of both operands go into the path's history, before the fork (check_cond_jmp_op):
  // copies past MAX_LINKED_REGS are unlinked on both sides
  c.lastLinked = linkedLocs(c, st, pc, s.source === "reg" ? src : undefined, dst);
  // the taken side is a copy
  const taken = cloneState(st);
  taken.pc = pc + i.off + 1;
  const fallRegs = st.frames[frameNo].regs;
  const takenRegs = taken.frames[taken.frames.length - 1].regs;
  const srcIsReg = s.source === "reg";
  // each side learns about both registers (an immediate's copy learns for nothing); a register
  // compared with itself is refined against itself, as the kernel does it (the same object twice)
  const [td, ts] = [takenRegs[i.dst], srcIsReg ? takenRegs[i.src] : cloneReg(src)];
  const [fd, fs] = [fallRegs[i.dst], srcIsReg ? fallRegs[i.src] : cloneReg(src)];
  // the fall-through side first, as reg_set_min_max
  refineScalars(fd, fs, REVERSE[op], width);
  refineScalars(td, ts, op, width);
  // bounds that contradict themselves are the kernel's "verifier bug": it says so and forgets them
  // (the register goes on with its known bits), and explores both sides all the same
  const b1 = insane(td, "true_reg1");
  const b2 = insane(ts, "true_reg2");
  const b3 = insane(fd, "false_reg1");
  const b4 = insane(fs, "false_reg2");
  // the source's copies first, then the destination's, as check_cond_jmp_op: where the two are
  // copies of one another, the source's bounds are what both keep
  if (srcIsReg) {
    propagate(c, st, pc, fs);
    propagate(c, taken, pc, ts);
  }
  propagate(c, st, pc, fd);
  propagate(c, taken, pc, td);
  fork(taken);
  // (after the fork: the path pushed takes the log up from before these lines)
  if (b1 || b2 || b3 || b4) for (const b of [b1, b2, b3, b4]) if (b) c.bug(b);
  return st;
}

/** reg_bounds_sanity_check: the log line for bounds that contradict themselves, after forgetting them; undefined when they hold. */
export function insane(r: Reg, what: string): string | undefined {
  const msg = invariantViolation(r);
  if (!msg) return undefined;
  const h = (x: bigint, bits: 32 | 64) => `0x${BigInt.asUintN(bits, x).toString(16)}`;
  const line =
    `verifier bug: REG INVARIANTS VIOLATION (${what}): ${msg} u64=[${h(r.umin, 64)}, ${h(r.umax, 64)}] s64=[${h(r.smin, 64)}, ${h(r.smax, 64)}] ` +
    `u32=[${h(r.u32min, 32)}, ${h(r.u32max, 32)}] s32=[${h(r.s32min, 32)}, ${h(r.s32max, 32)}] var_off=(${h(r.var.value, 64)}, ${h(r.var.mask, 64)})`;
  unbound64(r);
  unbound32(r);
  return line;
}

/** Pointer types that are never NULL (the kernel's reg_not_null). */
const NOT_NULL = new Set<string>(["map_value", "ringbuf_mem", "mem", "sock", "tcp_sock", "sock_common", "xdp_sock", "map_ptr"]);
/** A pointer known not to be NULL: of those types, at an offset that cannot wrap it to 0 (BPF_MAX_VAR_OFF). */
const notNull = (p: Reg) => NOT_NULL.has(p.type) && p.smin > -BPF_MAX_VAR_OFF && p.smax < BPF_MAX_VAR_OFF;

/**
 * The registers of frame n that count as copies where the state stands: only those live there
 * (before the instruction being checked, or a caller's call), as 6.18's collect_linked_regs; a
 * dead copy keeps its bounds.
 */
function liveRegs(c: Verification, st: State, n: number, pc: number): number {
  return liveBefore(c.cfg.at, c.type)[n === st.frames.length - 1 ? pc : st.frames[n + 1].callsite];
}

/** Where the copies of two scalars are (live registers and spills, every frame), for precision; undefined for fewer than two. */
function linkedLocs(c: Verification, st: State, pc: number, a: Reg | undefined, b: Reg): number[] | undefined {
  const out: number[] = [];
  if (a) collectLinked(c, st, pc, a, out);
  collectLinked(c, st, pc, b, out);
  return out.length > 1 ? out : undefined;
}

/**
 * Appends the copies of scalar r (r among them) to out, innermost frame first, as the kernel's
 * collect_linked_regs: once out holds MAX_LINKED_REGS, a further copy is unlinked instead (its id
 * and delta cleared), so no branch refines it.
 */
function collectLinked(c: Verification, st: State, pc: number, r: Reg, out: number[]): void {
  if (!r.id || r.type !== "scalar") return;
  const id = baseId(r.id);
  const take = (x: Reg, loc: number) => {
    if (out.length < MAX_LINKED_REGS) out.push(loc);
    else {
      x.id = 0;
      x.off = 0;
    }
  };
  for (let n = st.frames.length - 1; n >= 0; n--) {
    const f = st.frames[n];
    const live = liveRegs(c, st, n, pc);
    for (let k = 0; k < 10; k++) {
      const x = f.regs[k];
      if (live & (1 << k) && x.type === "scalar" && baseId(x.id) === id) take(x, regLoc(n, k));
    }
    for (let k = 0; k < f.stack.length; k++) {
      const sp = f.stack[k]?.spilled;
      if (sp && sp.type === "scalar" && baseId(sp.id) === id) take(sp, slotLoc(n, k));
    }
  }
}

/** Scalars copied from one another (same id, live: liveRegs()) learn the same bounds. */
function propagate(c: Verification, st: State, pc: number, r: Reg): void {
  if (!r.id || r.type !== "scalar") return;
  const id = baseId(r.id);
  for (let n = 0; n < st.frames.length; n++) {
    const f = st.frames[n];
    const live = liveRegs(c, st, n, pc);
    for (let k = 0; k < 10; k++) {
      const x = f.regs[k];
      if (x !== r && live & (1 << k) && x.type === "scalar" && baseId(x.id) === id) syncLinked(x, r);
    }
    for (const s of f.stack) if (s?.spilled && s.spilled !== r && s.spilled.type === "scalar" && baseId(s.spilled.id) === id) syncLinked(s.spilled, r);
  }
}
