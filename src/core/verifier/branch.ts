// Conditional jumps: decide the branch when the bounds decide it, otherwise explore both
// with refined bounds; null checks on lookups and packet range checks apply to every copy
// of the pointer (same id).

import type { Decoded } from "../isa/index.ts";
import { MAX_PACKET_OFF } from "../isa/limits.ts";
import { bounds32, constScalar, constValue, isConstReg, isPointer, max, min, S32_MAX, S32_MIN, S64_MAX, S64_MIN, sync, U32_MAX, U64_MAX } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { regLoc, slotLoc } from "./precision.ts";
import { cloneState } from "./state.ts";
import type { State } from "./state.ts";
import { tIntersect, tnum } from "./tnum.ts";
import type { Ctx } from "./verify.ts";

export type Cmp = "jeq" | "jne" | "jgt" | "jge" | "jlt" | "jle" | "jsgt" | "jsge" | "jslt" | "jsle" | "jset";

const FLIP: Record<Cmp, Cmp> = { jeq: "jne", jne: "jeq", jgt: "jle", jge: "jlt", jlt: "jge", jle: "jgt", jsgt: "jsle", jsge: "jslt", jslt: "jsge", jsle: "jsgt", jset: "jset" };
/** The same test with the operands swapped. */
const SWAP: Record<Cmp, Cmp> = { jeq: "jeq", jne: "jne", jgt: "jlt", jge: "jle", jlt: "jgt", jle: "jge", jsgt: "jslt", jsge: "jsle", jslt: "jsgt", jsle: "jsge", jset: "jset" };

/** 1 taken, 0 not taken, -1 unknown; for a scalar against a constant. */
function decide(op: Cmp, r: Reg, k: bigint): number {
  const sk = BigInt.asIntN(64, k);
  switch (op) {
    case "jeq":
      if (isConstReg(r)) return constValue(r) === k ? 1 : 0;
      if (((r.var.value ^ k) & ~r.var.mask) !== 0n) return 0; // a known bit differs
      if (k < r.umin || k > r.umax || sk < r.smin || sk > r.smax) return 0;
      // the low halves' bounds may rule it out where the 64-bit ones do not
      return (k & U32_MAX) < r.u32min || (k & U32_MAX) > r.u32max || BigInt.asIntN(32, k) < r.s32min || BigInt.asIntN(32, k) > r.s32max ? 0 : -1;
    case "jne":
      return decide("jeq", r, k) === -1 ? -1 : 1 - decide("jeq", r, k);
    case "jgt":
      return r.umin > k ? 1 : r.umax <= k ? 0 : -1;
    case "jge":
      return r.umin >= k ? 1 : r.umax < k ? 0 : -1;
    case "jlt":
      return r.umax < k ? 1 : r.umin >= k ? 0 : -1;
    case "jle":
      return r.umax <= k ? 1 : r.umin > k ? 0 : -1;
    case "jsgt":
      return r.smin > sk ? 1 : r.smax <= sk ? 0 : -1;
    case "jsge":
      return r.smin >= sk ? 1 : r.smax < sk ? 0 : -1;
    case "jslt":
      return r.smax < sk ? 1 : r.smin >= sk ? 0 : -1;
    case "jsle":
      return r.smax <= sk ? 1 : r.smin > sk ? 0 : -1;
    case "jset":
      if ((r.var.value & k) !== 0n) return 1;
      return ((r.var.value | r.var.mask) & k) === 0n ? 0 : -1;
  }
}

/** Narrows r assuming `r op k` holds; false when that is impossible. */
function narrow(r: Reg, op: Cmp, k: bigint): boolean {
  const sk = BigInt.asIntN(64, k);
  switch (op) {
    case "jeq":
      Object.assign(r, { ...constScalar(k), id: r.id });
      return true;
    case "jne":
      if (r.umin === k) r.umin++;
      if (r.umax === k) r.umax--;
      if (r.smin === sk) r.smin++;
      if (r.smax === sk) r.smax--;
      break;
    case "jgt":
      r.umin = max(r.umin, k + 1n);
      break;
    case "jge":
      r.umin = max(r.umin, k);
      break;
    case "jlt":
      if (k === 0n) return false;
      r.umax = min(r.umax, k - 1n);
      break;
    case "jle":
      r.umax = min(r.umax, k);
      break;
    case "jsgt":
      if (sk === S64_MAX) return false;
      r.smin = max(r.smin, sk + 1n);
      break;
    case "jsge":
      r.smin = max(r.smin, sk);
      break;
    case "jslt":
      if (sk === S64_MIN) return false;
      r.smax = min(r.smax, sk - 1n);
      break;
    case "jsle":
      r.smax = min(r.smax, sk);
      break;
    case "jset":
      return true;
  }
  if (op === "jgt" && k === U64_MAX) return false;
  return possible(sync(r));
}

/** decide() for a JMP32: the low 32 bits' bounds against the immediate's low 32 bits. */
function decide32(op: Cmp, r: Reg, k: bigint): number {
  const k32 = k & U32_MAX;
  const sk = BigInt.asIntN(32, k32);
  const b = bounds32(r);
  switch (op) {
    case "jeq":
      if ((r.var.mask & U32_MAX) === 0n) return (r.var.value & U32_MAX) === k32 ? 1 : 0;
      if (((r.var.value ^ k32) & ~r.var.mask & U32_MAX) !== 0n) return 0; // a known bit differs
      return k32 < b.umin || k32 > b.umax || sk < b.smin || sk > b.smax ? 0 : -1;
    case "jne": {
      const t = decide32("jeq", r, k);
      return t === -1 ? -1 : 1 - t;
    }
    case "jgt":
      return b.umin > k32 ? 1 : b.umax <= k32 ? 0 : -1;
    case "jge":
      return b.umin >= k32 ? 1 : b.umax < k32 ? 0 : -1;
    case "jlt":
      return b.umax < k32 ? 1 : b.umin >= k32 ? 0 : -1;
    case "jle":
      return b.umax <= k32 ? 1 : b.umin > k32 ? 0 : -1;
    case "jsgt":
      return b.smin > sk ? 1 : b.smax <= sk ? 0 : -1;
    case "jsge":
      return b.smin >= sk ? 1 : b.smax < sk ? 0 : -1;
    case "jslt":
      return b.smax < sk ? 1 : b.smin >= sk ? 0 : -1;
    case "jsle":
      return b.smax <= sk ? 1 : b.smin > sk ? 0 : -1;
    case "jset":
      if ((r.var.value & k32) !== 0n) return 1;
      return ((r.var.value | r.var.mask) & k32) === 0n ? 0 : -1;
  }
}

/**
 * narrow() for a JMP32: the test narrows the 32-bit bounds, and sync() carries what it can into
 * the 64-bit ones.
 */
function narrow32(r: Reg, op: Cmp, k: bigint): boolean {
  const k32 = k & U32_MAX;
  const sk = BigInt.asIntN(32, k32);
  const b = bounds32(r);
  switch (op) {
    case "jeq":
      [r.u32min, r.u32max, r.s32min, r.s32max] = [max(r.u32min, k32), min(r.u32max, k32), max(r.s32min, sk), min(r.s32max, sk)];
      r.var = tIntersect(r.var, tnum(k32, U64_MAX ^ U32_MAX));
      break;
    case "jne":
      if (b.umin === k32) r.u32min = max(r.u32min, k32 + 1n);
      if (b.umax === k32) r.u32max = min(r.u32max, k32 - 1n);
      if (b.smin === sk) r.s32min = max(r.s32min, sk + 1n);
      if (b.smax === sk) r.s32max = min(r.s32max, sk - 1n);
      break;
    case "jgt":
      if (k32 === U32_MAX) return false;
      r.u32min = max(b.umin, k32 + 1n);
      break;
    case "jge":
      r.u32min = max(b.umin, k32);
      break;
    case "jlt":
      if (k32 === 0n) return false;
      r.u32max = min(b.umax, k32 - 1n);
      break;
    case "jle":
      r.u32max = min(b.umax, k32);
      break;
    case "jsgt":
      if (sk === S32_MAX) return false;
      r.s32min = max(b.smin, sk + 1n);
      break;
    case "jsge":
      r.s32min = max(b.smin, sk);
      break;
    case "jslt":
      if (sk === S32_MIN) return false;
      r.s32max = min(b.smax, sk - 1n);
      break;
    case "jsle":
      r.s32max = min(b.smax, sk);
      break;
    case "jset":
      return true;
  }
  if (r.u32min > r.u32max || r.s32min > r.s32max) return false;
  return possible(sync(r));
}

/** Whether some value lies in every bound of r (an impossible one is a dead branch). */
const possible = (r: Reg): boolean => r.umin <= r.umax && r.smin <= r.smax && r.u32min <= r.u32max && r.s32min <= r.s32max;

/** Whether `r op k` holds for every value of r (1), for none (0) or is unknown (-1); a JMP32 compares the low halves. */
export const decideConst = (op: Cmp, r: Reg, k: bigint, width: 32 | 64): number => (width === 32 ? decide32(op, r, k) : decide(op, r, k));

/** Narrows the scalar r to the values where `r op k` holds; false when there are none. */
export const narrowConst = (r: Reg, op: Cmp, k: bigint, width: 32 | 64): boolean => (width === 32 ? narrow32(r, op, k) : narrow(r, op, k));

/** Applies `fn` to every register and spilled register of the state with this id. */
function forEachWithId(st: State, id: number, fn: (r: Reg) => void): void {
  if (!id) return;
  for (const f of st.frames) {
    for (const r of f.regs) if (r.id === id) fn(r);
    for (const s of f.stack) if (s?.spilled?.id === id) fn(s.spilled);
  }
}

/** A packet pointer's range when a test proved it past the end of the packet, or at it. */
export const BEYOND_PKT_END = -1;
export const AT_PKT_END = -2;
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

export function branch(c: Ctx, st: State, d: Decoded & { valid: true }, read: (n: number) => Reg, fork: (s: State) => void): State | "dead" {
  const { insn: i, spec: s, pc } = d;
  const op = s.op as Cmp;
  const target = pc + i.off + 1;
  const dst = read(i.dst);
  const src = s.source === "reg" ? read(i.src) : constScalar(BigInt(i.imm));
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
    if (NOT_NULL.has(p.type) && isConstReg(z) && constValue(z) === 0n) {
      if (op === "jne") st.pc = target;
      return st;
    }
  }
  if (isPointer(dst) || isPointer(src)) {
    // a pointer that may be NULL compared equal to one that cannot be is not NULL either
    const nullable = (r: Reg) => r.type.endsWith("_or_null");
    if (s.width === 64 && s.source === "reg" && isPointer(dst) && isPointer(src) && nullable(dst) !== nullable(src) && (op === "jeq" || op === "jne")) {
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

  // scalars
  const frameNo = st.frames.length - 1;
  // the branch went one way because of these values: a state reusing this one must have them too
  const decided = () => c.precise(st, s.source === "reg" ? [regLoc(frameNo, i.dst), regLoc(frameNo, i.src)] : [regLoc(frameNo, i.dst)]);
  const width32 = s.width === 32;
  const fits = (r: Reg) => r.umax <= 0xffffffffn && r.umin >= 0n;
  // (a JMP32 compares the low 32 bits)
  const width = width32 ? 32 : 64;
  const decideW = (o: Cmp, r: Reg, k: bigint) => decideConst(o, r, k, width);
  const narrowW = (r: Reg, o: Cmp, k: bigint) => narrowConst(r, o, k, width);
  if (isConstReg(src)) {
    const k = width32 ? constValue(src) & 0xffffffffn : constValue(src);
    const t = decideW(op, dst, k);
    if (t !== -1) decided();
    if (t === 1) {
      st.pc = target;
      return st;
    }
    if (t === 0) return st;
    const taken = lazy();
    c.lastLinked = linkedLocs(st, dst);
    const takenRegs = taken.frames[taken.frames.length - 1].regs;
    const okT = narrowW(takenRegs[i.dst], op, k);
    const okF = narrowW(fallRegs[i.dst], FLIP[op], k);
    propagate(taken, takenRegs[i.dst]);
    propagate(st, fallRegs[i.dst]);
    if (op === "jset") {
      // a jset false branch clears the bits
      const r = fallRegs[i.dst];
      r.var = tnum(r.var.value & ~k, r.var.mask & ~k);
      sync(r);
    }
    if (okT && okF) {
      fork(taken);
      return st;
    }
    return okT ? taken : okF ? st : "dead";
  }
  if (isConstReg(dst)) {
    const k = width32 ? constValue(dst) & 0xffffffffn : constValue(dst);
    const t = decideW(SWAP[op], src, k);
    if (t !== -1) decided();
    if (t === 1) {
      st.pc = target;
      return st;
    }
    if (t === 0) return st;
    const taken = lazy();
    const takenRegs = taken.frames[taken.frames.length - 1].regs;
    c.lastLinked = linkedLocs(st, src);
    const okT = narrowW(takenRegs[i.src], SWAP[op], k);
    const okF = narrowW(fallRegs[i.src], SWAP[FLIP[op]], k);
    propagate(taken, takenRegs[i.src]);
    propagate(st, fallRegs[i.src]);
    if (okT && okF) {
      fork(taken);
      return st;
    }
    return okT ? taken : okF ? st : "dead";
  }
  // two unknown scalars: refine each against the other's bounds
  const taken = lazy();
  const takenRegs = taken.frames[taken.frames.length - 1].regs;
  if ((op === "jgt" || op === "jge" || op === "jlt" || op === "jle") && (!width32 || (fits(dst) && fits(src)))) {
    const a = takenRegs[i.dst];
    const b = takenRegs[i.src];
    if (op === "jgt") narrow(a, "jgt", b.umin);
    if (op === "jge") narrow(a, "jge", b.umin);
    if (op === "jlt" && b.umax > 0n) narrow(a, "jlt", b.umax);
    if (op === "jle") narrow(a, "jle", b.umax);
    const fa = fallRegs[i.dst];
    const fb = fallRegs[i.src];
    if (op === "jgt") narrow(fa, "jle", fb.umax);
    if (op === "jge" && fb.umax > 0n) narrow(fa, "jlt", fb.umax);
    if (op === "jlt") narrow(fa, "jge", fb.umin);
    if (op === "jle") narrow(fa, "jgt", fb.umin);
  }
  fork(taken);
  return st;
}

/** Pointer types that are never NULL (the kernel's reg_not_null). */
const NOT_NULL = new Set<string>(["map_value", "ringbuf_mem", "sock", "tcp_sock", "sock_common"]);

/** Where the copies of a scalar are (registers and spills, every frame), for precision. */
function linkedLocs(st: State, r: Reg): number[] | undefined {
  if (!r.id || r.type !== "scalar") return undefined;
  const out: number[] = [];
  st.frames.forEach((f, n) => {
    f.regs.forEach((x, k) => x.id === r.id && x.type === "scalar" && out.push(regLoc(n, k)));
    f.stack.forEach((sl, k) => sl?.spilled?.id === r.id && sl.spilled.type === "scalar" && out.push(slotLoc(n, k)));
  });
  return out.length > 1 ? out : undefined;
}

/** Scalars copied from one another (same id) learn the same bounds. */
function propagate(st: State, r: Reg): void {
  if (!r.id || r.type !== "scalar") return;
  forEachWithId(st, r.id, (x) => {
    if (x !== r && x.type === "scalar") Object.assign(x, { ...r, written: x.written });
  });
}
