// One instruction's effect on a state: the next state, or the end of the path. ALU, memory,
// branches and calls have their own files; this is the dispatch, with what fits in a line.

import type { Cfg } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import { alu, AluError, CONST_FOLDED, fold } from "./alu.ts";
import { branch, insane } from "./branch.ts";
import { checkCall, checkExit, mayExitSubprog } from "./calls.ts";
import { kernelReserved } from "./checks.ts";
import { hasDelta, linkAfterAdd, unlink } from "./linked.ts";
import { VerifyError } from "./error.ts";
import { checkMem } from "./mem.ts";
import { regLoc } from "./precision.ts";
import { cloneReg, constScalar, immediate, isPointer, notInit, pointer, setConst, U32_MAX, U64_MAX, unknownScalar } from "./reg.ts";
import { tconst, tWithSubreg } from "./tnum.ts";
import type { Reg } from "./reg.ts";
import { cloneState, widen } from "./state.ts";
import type { State } from "./state.ts";
import type { Verification } from "./verify.ts";

/** What an ALU move is given as its destination: it reads only its source (never changed). */
/** The program types that may use BPF_LD_[ABS|IND] (the kernel's may_access_skb). */
const LD_ABS_TYPES = new Set(["socket_filter", "sched_cls", "sched_act"]);

const MOV_DST: Reg = notInit();


// The registers and instruction of the step under way, for read() and write() below: two
// functions made once instead of two closures per instruction (steps never nest).
let stepRegs: Reg[] = [];
let stepPc = 0;

/** Reads register n of the current frame; reading one never written is refused. */
function read(n: number): Reg {
  const r = stepRegs[n];
  if (r.type === "not_init") throw new VerifyError(stepPc, "uninit-reg", { regno: n });
  return r;
}

/** Writes a copy of r to register n of the current frame (r10 is read-only). */
function write(n: number, r: Reg): void {
  if (n === 10) throw new VerifyError(stepPc, "fp-write");
  const w = cloneReg(r);
  w.written = true;
  stepRegs[n] = w;
}

/** Per slot, whether an ALU instruction on two known scalars gives a constant (foldCodes()). */
const FOLD_NONE = 0;
/** + - * & | ^ (alu.ts CONST_FOLDED). */
const FOLD_ALWAYS = 1;
/** A shift: when its amount is known exactly and below the width (knownShift()). */
const FOLD_SHIFT = 2;

/** The fold code of every slot (a string set lookup at every ALU instruction otherwise). */
export function foldCodes(cfg: Cfg): Uint8Array {
  const out = new Uint8Array(cfg.at.length);
  for (const d of cfg.insns) {
    if (!d.valid || d.spec.kind !== "alu") continue;
    const op = d.spec.op;
    out[d.pc] = CONST_FOLDED.has(op) ? FOLD_ALWAYS : op === "lsh" || op === "rsh" || op === "arsh" ? FOLD_SHIFT : FOLD_NONE;
  }
  return out;
}

/**
 * A shift of a known scalar that alu() computes as a constant: a shift whose amount `src` (a known
 * scalar) is exactly known at the operation's width and below it (alu.ts rangeComputable).
 */
function knownShift(src: Reg, width: 32 | 64): boolean {
  const exact = width === 32 ? src.u32min === src.u32max && src.s32min === src.s32max : src.umin === src.umax && src.smin === src.smax;
  return exact && src.umax < (width === 32 ? 32n : 64n);
}

/** alu()'s input, one object filled at each ALU instruction (alu() keeps no reference to it). */
const aluIn = { op: "", width: 64 as 32 | 64, dst: MOV_DST, src: MOV_DST, dstNo: 0, srcIsReg: false, srcNo: 0, sx: undefined as number | undefined };

/**
 * The kernel's maybe_fork_scalars: `dst &= k` or `dst |= k` with k a constant, where dst is -1 or
 * 0 (smin -1 and smax 0, else the same of its low 32 bits), as LLVM's `x s>> 63` makes of a sign.
 * A path is pushed that runs the instruction again with dst 0 (its low 32 bits 0); this one
 * goes on with dst -1 (its low 32 bits all ones). Returns dst's register for this path.
 */
function forkSign(st: State, pc: number, dstNo: number, dst: Reg, src: Reg, fork: (s: State) => void): Reg {
  if (dst.type !== "scalar" || src.type !== "scalar" || src.var.mask !== 0n || dst.var.mask === 0n) return dst;
  const whole = dst.smin === -1n && dst.smax === 0n;
  if (!whole && !(dst.s32min === -1n && dst.s32max === 0n)) return dst;
  const other = cloneState(st);
  other.pc = pc;
  const zero = other.frames[other.frames.length - 1].regs[dstNo];
  const minusOne = cloneReg(dst);
  if (whole) {
    // (__mark_reg_known: every field but the type, the precision and the liveness)
    setKnown(zero, 0n);
    setKnown(minusOne, U64_MAX);
  } else {
    // (__mark_reg32_known: the low 32 bits of the tnum and their bounds)
    zero.var = tWithSubreg(zero.var, tconst(0n));
    zero.u32min = zero.u32max = zero.s32min = zero.s32max = 0n;
    minusOne.var = tWithSubreg(minusOne.var, tconst(U32_MAX));
    minusOne.u32min = minusOne.u32max = U32_MAX;
    minusOne.s32min = minusOne.s32max = -1n;
  }
  fork(other);
  st.frames[st.frames.length - 1].regs[dstNo] = minusOne;
  return minusOne;
}

/** `r` made the known scalar u, keeping its precision and its `written` mark. */
function setKnown(r: Reg, u: bigint): void {
  const { precise, written } = r;
  setConst(r, u);
  r.precise = precise;
  r.written = written;
}

/** The state after one instruction: the next state, or "exit" for the end of a path. */
export function step(c: Verification, st: State, d: Decoded, fork: (s: State) => void): State | "exit" {
  if (!d.valid) throw VerifyError.at(d.pc, kernelReserved(d));
  const f = st.frames[st.frames.length - 1];
  const R = f.regs;
  const i = d.insn;
  const s = d.spec;
  const pc = d.pc;
  stepRegs = R;
  stepPc = pc;
  if (c.marksWritten) for (let k = 0; k < R.length; k++) if (R[k].written) R[k].written = false; // (a read costs less than a store)
  st.pc = pc + d.slots;
  switch (s.kind) {
    case "alu":
    case "mov":
    case "movsx":
    case "neg":
    case "end":
    case "addr_space_cast": {
      if (s.kind === "addr_space_cast") throw new VerifyError(pc, "no-arena");
      // a byte swap of another width: check_alu_op's first check, where the walk gets
      if (s.kind === "end" && i.imm !== 16 && i.imm !== 32 && i.imm !== 64) throw new VerifyError(pc, "reserved-fields", { insn: "BPF_END" });
      if (s.kind === "alu" && s.source === "imm") {
        // checked only where the instruction can run, as the kernel does
        // (compared whole: string methods here cost as much as the rest of the check, at every ALU instruction)
        if ((s.op === "div" || s.op === "sdiv" || s.op === "mod" || s.op === "smod") && i.imm === 0) throw new VerifyError(pc, "div-zero");
        if ((s.op === "lsh" || s.op === "rsh" || s.op === "arsh") && (i.imm < 0 || i.imm >= s.width)) throw new VerifyError(pc, "bad-shift", { shift: i.imm });
      }
      if (s.kind !== "mov" && s.kind !== "movsx") read(i.dst);
      if (i.dst === 10) throw new VerifyError(pc, "fp-write");
      const src = s.source === "reg" ? read(i.src) : (c.imms[pc] ??= immediate(d));
      const dst = s.kind === "mov" || s.kind === "movsx" ? MOV_DST : R[i.dst];
      if (s.kind === "alu" && s.source === "reg" && isPointer(dst) !== isPointer(src)) {
        // pointer arithmetic: the offset's exact bounds decide every later access
        c.precise(st, [regLoc(st.frames.length - 1, isPointer(dst) ? i.src : i.dst)]);
      }
      // `dst += k` or `dst -= k` on a scalar keeps dst linked to its copies, with delta k or -k
      // (at 32 bits, k's low half known and dst's value within 32 bits, as 6.18 requires)
      const addConst = s.kind === "alu" && (s.op === "add" || s.op === "sub") && dst.type === "scalar" && src.type === "scalar" && dst.id !== 0 && (s.width === 64 ? src.var.mask === 0n : (src.var.mask & 0xffffffffn) === 0n && dst.umax <= 0xffffffffn) && !(s.source === "reg" && i.src === i.dst);
      // `dst &= k` or `dst |= k` on a scalar that is -1 or 0: the two cases are walked apart
      const dstReg = (s.op === "and" || s.op === "or") && s.kind === "alu" ? forkSign(st, pc, i.dst, dst, src, fork) : dst;
      const dstId = dstReg.id;
      const fk = c.folds[pc];
      if (fk !== FOLD_NONE && dstReg.type === "scalar" && dstReg.var.mask === 0n && (s.source === "imm" || (src.type === "scalar" && src.var.mask === 0n && (fk === FOLD_ALWAYS || knownShift(src, s.width))))) {
        // two known scalars under + - * & | ^, or shifted by a known amount below the width (an
        // immediate is a known scalar, and an immediate amount is below the width, or the check
        // at the top would have refused it): the
        // constant result, as alu() gives it, written into dst's register (a state's registers are
        // its own: copies are made at forks and stored states)
        setConst(dstReg, fold(s.op, dstReg.var.value, src.var.value, s.width));
        if (addConst) linkAfterAdd(dstReg, dstId, s.op === "sub", src.var.value, s.width);
        dstReg.written = true;
        return st;
      }
      if ((s.kind === "mov" || s.kind === "movsx") && s.source === "reg" && src.type === "scalar" && hasDelta(src.id)) {
        // a copy of a register with a delta: the source loses its link, and both share a fresh id
        // (where the copy keeps the value: all 64 bits, the low 32 when the value fits, or a
        // sign extension that changes nothing)
        const keeps = s.kind === "movsx" ? src.umax < 1n << BigInt(Number(s.op.slice(1)) - 1) : s.width === 64 || src.umax <= 0xffffffffn;
        if (keeps) unlink(src);
      }
      if (s.kind === "mov" && s.width === 64 && src.type === "scalar" && src.var.mask === 0n) {
        // a 64-bit copy of a known scalar (or an immediate): what alu()'s mov gives, a copy with
        // its id, without alu()'s dispatch (a loop's `r2 = r0`, at every pass; until alu() is
        // optimized, in a command's first milliseconds, a fifth of the walk)
        const out = cloneReg(src);
        out.written = true;
        R[i.dst] = out;
        sane(c, out, "alu");
        return st;
      }
      try {
        aluIn.op = s.kind === "alu" || s.kind === "end" ? s.op : s.kind === "movsx" || s.kind === "mov" ? "mov" : s.kind;
        aluIn.width = s.width;
        aluIn.dst = dstReg;
        aluIn.src = src;
        aluIn.dstNo = i.dst;
        aluIn.srcIsReg = s.source === "reg";
        aluIn.srcNo = i.src;
        aluIn.sx = s.kind === "movsx" ? Number(s.op.slice(1)) : undefined;
        const out = alu(aluIn);
        if (out.id === -1) out.id = c.nextId++;
        if (addConst && out.type === "scalar") linkAfterAdd(out, dstId, s.op === "sub", src.var.value, s.width);
        if ((s.kind === "mov" || s.kind === "movsx") && s.source === "reg" && out.type === "scalar" && R[i.src].type === "scalar" && !out.id && out.var.mask !== 0n && (s.kind === "movsx" ? R[i.src].umax < 1n << BigInt(Number(s.op.slice(1)) - 1) : s.width === 64 || R[i.src].umax <= 0xffffffffn)) {
          // copies of one unknown scalar share an id so a bounds check on one applies to both
          // (a 32-bit move copies only a value that fits in 32 bits; a sign extension only a value
          // whose sign bit is clear, which it leaves as it is: `r1 = (s32)r1` gets an id of its own)
          const id = c.nextId++;
          R[i.src].id = id;
          out.id = id;
        }
        // alu() returns a new register, never an operand: stored as it is (i.dst is not r10, checked above)
        out.written = true;
        R[i.dst] = out;
        // (a copy of bounds that contradict themselves, forgotten at a branch but for the known bits: check_alu_op's last check)
        if (out.type === "scalar") sane(c, out, "alu");
      } catch (e) {
        if (e instanceof AluError) throw VerifyError.at(pc, e);
        throw e;
      }
      return st;
    }
    case "lddw": {
      if (i.src === 0) write(i.dst, constScalar(d.imm64 ?? 0n));
      else if (i.src === 1 || i.src === 5) write(i.dst, pointer("map_ptr", { map: i.imm >>> 0 }));
      else if (i.src === 2 || i.src === 6) write(i.dst, pointer("map_value", { map: i.imm >>> 0, off: Number((d.imm64 ?? 0n) >> 32n) }));
      else if (i.src === 4 && c.program.funcInfo) {
        // a callback must be static (check_ld_imm): a global function is verified for any caller
        const fn = c.program.funcInfo.find((f) => f.pc === pc + i.imm + 1);
        if (fn?.linkage === "global") throw new VerifyError(pc, "callback-not-static");
        write(i.dst, pointer("func", { off: pc + i.imm + 1 })); // off: the function's first slot
      }
      else if (i.src === 4) throw new VerifyError(pc, "no-func-info"); // bytecode without BTF has none
      else throw new VerifyError(pc, "unrecognized-ldimm64");
      return st;
    }
    case "ldx":
    case "ldxsx":
      checkMem(c, st, d, read, write);
      // (a fill of a spill whose bounds contradict themselves: check_load_mem's last check)
      if (R[i.dst].type === "scalar") sane(c, R[i.dst], "ldx");
      return st;
    case "st":
    case "stx":
    case "atomic":
    case "load_acq":
    case "store_rel":
      checkMem(c, st, d, read, write);
      return st;
    case "ldabs":
    case "ldind": {
      // only the program types whose context is an skb the instruction can read (may_access_skb)
      if (!LD_ABS_TYPES.has(c.type.name)) throw new VerifyError(pc, "ld-abs-prog-type");
      read(6);
      // it may end the program at run time: no reference may be held (check_resource_leak, in the
      // program's own frame: a subprogram's return keeps them)
      if (st.refs.length && st.frames.length === 1) throw new VerifyError(pc, "ref-leak", { id: st.refs[0].id, allocInsn: st.refs[0].insn, at: "BPF_LD_[ABS|IND]" });
      if (R[6].type !== "ctx") throw new VerifyError(pc, "ld-abs-r6");
      if (s.kind === "ldind") read(i.src);
      for (let k = 1; k <= 5; k++) R[k] = notInit();
      write(0, unknownScalar());
      // in a subprogram, a load past the packet's end returns 0 from it (a possible exit)
      if (st.frames.length > 1) mayExitSubprog(c, st, pc, constScalar(0n), fork);
      return st;
    }
    case "ja":
      st.pc = pc + i.off + 1;
      return st;
    case "gotol":
      st.pc = pc + i.imm + 1;
      return st;
    case "may_goto": {
      // as the kernel does: this path leaves the loop, the body is queued one iteration deeper,
      // forgetting what changed since the previous iteration unless it had to be precise
      const body = cloneState(st);
      body.mayGoto = st.mayGoto + 1;
      if (c.mayGotoPrev) widen(c.mayGotoPrev, body);
      fork(body);
      st.pc = pc + i.off + 1;
      return st;
    }
    case "jcc":
      return branch(c, st, d, read, fork);
    case "call":
    case "callx":
      return checkCall(c, st, d, read, write, fork);
    case "exit":
      return checkExit(c, st, d, read);
  }
}

/** reg_bounds_sanity_check after an instruction: bounds that contradict themselves are logged and forgotten (the known bits stay). */
function sane(c: Verification, r: Reg, what: string): void {
  const line = insane(r, what);
  if (line) c.bug(line);
}
