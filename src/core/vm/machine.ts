// The machine: one run's state (registers as (hi, lo) int32 pairs in lo/hi, call frames, the
// memory's regions), its checked loads and stores, and how a run goes on: in the interpreter
// (interp.ts) or in compiled code (jit.ts), with the instructions either leaves to the other.
// What the instructions do beyond registers lives beside it: calls.ts, atomic.ts, ld.ts.
// Semantics follow RFC 9669 and what BPF_PROG_TEST_RUN gives on Linux.

import type { Insn } from "../isa/index.ts";
import type { Pair } from "../isa/int64.ts";
import { MAX_BPF_STACK } from "../isa/limits.ts";
import { callback, callbackDeadline } from "./callback.ts";
import { pushFrame } from "./calls.ts";
import type { Frame } from "./calls.ts";
import { hotRegions, NO_HOT, runCompiled, runFromStart } from "./compiled.ts";
import type { HotRegions } from "./compiled.ts";
import { predecode } from "./decode.ts";
import type { Code } from "./decode.ts";
import { interpret } from "./interp.ts";
import type { CompiledCode } from "./jit.ts";
import { FaultError, HI_TAG, LO_BASE } from "./memory.ts";
import type { Fault, Memory, PointerFields, Region } from "./memory.ts";
import { RAN_EXIT, RAN_FAULT } from "./stop.ts";
import type { Stop } from "./stop.ts";

export const STACK_SIZE = MAX_BPF_STACK;

const BUDGET: Stop = Object.freeze({ kind: "budget" });

export type HelperFn = (m: Machine) => Pair;

/** The outside world of one run: helpers, the context and the LD_ABS packet view. */
export interface Env {
  helper(id: number): HelperFn | undefined;
  /** Legacy packet loads: the skb data region and where skb->data is in it, if the type has one. */
  skb?(): { region: Region; data: number; len: number; net: number; mac: number } | undefined;
}

export class Machine {
  readonly lo = new Int32Array(11);
  readonly hi = new Int32Array(11);
  /** lo[0..9] and hi[0..9] as five doubles each (+0 is all zero bits): what reset clears. */
  private readonly loPairs = new Float64Array(this.lo.buffer, 0, 5);
  private readonly hiPairs = new Float64Array(this.hi.buffer, 0, 5);
  pc = 0;
  readonly frames: Frame[] = [];
  /** Instructions executed since the start of the run. */
  executed = 0;
  /** The region whose addresses stand for instructions (function pointers): lo = LO_BASE + 8 * pc. */
  codeRegionId = -1;
  /**
   * The regions compiled code tests first (jit.ts's hot regions), made once per run's layout
   * (setCtxPointers): the prologue of a compiled call takes them into locals with one load each.
   */
  hot: HotRegions = NO_HOT;

  /**
   * The context region's packet pointer fields and its pointers' high word (tag and region id),
   * when the run's context has them: compiled code reads ctx->data, data_end and data_meta from
   * these, kept in locals for the whole run, instead of through the region table and its hook
   * (jit.ts). The context region spans [0, kindAt.length) of its bytes; the packet's region
   * must be in memory already.
   */
  setCtxPointers(pointers: PointerFields, ctxHi: number): void {
    this.hot = hotRegions(this.mem, pointers, ctxHi);
  }
  /** Tail calls taken in this run (the kernel allows 33). */
  tailCalls = 0;
  /** Set by bpf_tail_call: the program to continue with once the helper returns. */
  pendingTail?: { insns: readonly Insn[]; entry: number; r1: Pair };
  /** @internal RAN_EXIT or RAN_FAULT once the program has exited or faulted; -1 while it may go on. */
  ended = -1;
  /** The fault a run ended with (RAN_FAULT). */
  lastFault?: Fault;

  /** Set when the program has exited or faulted (made on demand from `ended`). */
  get stopped(): Stop | undefined {
    return this.ended === RAN_EXIT ? { kind: "exit", r0: this.reg(0) } : this.ended === RAN_FAULT ? { kind: "fault", fault: this.lastFault! } : undefined;
  }
  set stopped(stop: Stop | undefined) {
    this.ended = stop?.kind === "exit" ? RAN_EXIT : stop?.kind === "fault" ? RAN_FAULT : -1;
    this.lastFault = stop?.kind === "fault" ? stop.fault : undefined;
  }
  /** @internal The decoding of the instructions running now (calls.ts's applyTail switches it). */
  code: Code;
  /** The instructions a run starts in, and their decoding (a tail call switches `code` only). */
  private insns: readonly Insn[];
  private entryCode: Code;

  constructor(
    insns: readonly Insn[],
    readonly mem: Memory,
    readonly env: Env,
    /** The entry frame's stack, reused when a run is repeated (the kernel reuses it too). */
    stack?: Region,
  ) {
    this.code = this.entryCode = predecode(insns);
    this.insns = insns;
    pushFrame(this, -1, -1, stack);
    this.entryFp = HI_TAG | this.frames[0].stack.id;
  }
  /** r10's high word in the entry frame (its stack region never changes). */
  private readonly entryFp: number;

  /** The high word of pointers into the entry frame's stack (compiled code's hot regions, jit.ts). */
  get entryStackHi(): number {
    return this.entryFp;
  }

  /**
   * Back to the entry state for another run of the same program: registers zeroed, one frame, pc 0.
   * The entry frame is kept as it is (its saved registers are the zeros it was made with).
   */
  reset(insns: readonly Insn[]): void {
    const lo = this.lo, hi = this.hi;
    // r0-r9 zeroed eight bytes (two registers' halves) at a time, unrolled: as a loop of int32
    // writes this was a tenth of a small program's run from a runner
    const lz = this.loPairs, hz = this.hiPairs;
    lz[0] = lz[1] = lz[2] = lz[3] = lz[4] = 0;
    hz[0] = hz[1] = hz[2] = hz[3] = hz[4] = 0;
    this.pc = 0;
    this.executed = 0;
    this.tailCalls = 0;
    this.pendingTail = undefined;
    this.ended = -1;
    this.lastFault = undefined;
    if (insns !== this.insns) this.entryCode = predecode((this.insns = insns));
    this.code = this.entryCode;
    const frames = this.frames;
    if (frames.length !== 1) frames.length = 1;
    hi[10] = this.entryFp;
    lo[10] = LO_BASE + STACK_SIZE;
  }

  /** Forgets regions made lazily (callback stacks): the memory they lived in was cut back to before them. */
  forgetLazyRegions(): void {
    this.callbackStacks.length = 0;
  }

  get length(): number {
    return this.code.op.length;
  }

  reg(n: number): bigint {
    return (BigInt(this.hi[n] >>> 0) << 32n) | BigInt(this.lo[n] >>> 0);
  }

  setReg(n: number, v: bigint | Pair): void {
    if (typeof v === "bigint") {
      this.hi[n] = Number(BigInt.asIntN(32, v >> 32n));
      this.lo[n] = Number(BigInt.asIntN(32, v));
    } else {
      this.hi[n] = v[0];
      this.lo[n] = v[1];
    }
  }

  fault(kind: Fault["kind"], message: string, pc = this.pc): never {
    throw new FaultError({ kind, pc, message });
  }

  private memFault(hi: number, lo: number, size: number, write: boolean, pc: number): never {
    const why = this.mem.resolve(hi, lo, size, write);
    this.fault("memory", typeof why === "string" ? why : `invalid memory access at pc ${pc}`, pc);
  }

  /** A checked load of 1, 2, 4 or 8 bytes; returns the low word and leaves the high word in `loadHi`. */
  loadHi = 0;
  load(hi: number, lo: number, size: number, pc: number): number {
    const r = (hi & 0xff000000) === HI_TAG ? this.mem.regions[hi & 0xffffff] : undefined;
    const at = (lo >>> 0) - LO_BASE;
    if (r === undefined || at < r.start || at + size > r.end) this.memFault(hi, lo, size, false, pc);
    if (this.strictAlign) this.checkAlign(r, at, size, pc, false);
    if (r.hook) {
      const v = r.hook.load(at, size);
      if (v) {
        this.loadHi = v[0];
        return v[1];
      }
    }
    const v = r.view;
    this.loadHi = 0;
    switch (size) {
      case 1:
        return v.getUint8(at);
      case 2:
        return v.getUint16(at, true);
      case 4:
        return v.getInt32(at, true);
      default:
        this.loadHi = v.getInt32(at + 4, true);
        return v.getInt32(at, true);
    }
  }

  store(hi: number, lo: number, size: number, vhi: number, vlo: number, pc: number): void {
    const r = (hi & 0xff000000) === HI_TAG ? this.mem.regions[hi & 0xffffff] : undefined;
    const at = (lo >>> 0) - LO_BASE;
    if (r === undefined || at < r.start || at + size > r.end || !r.writable) this.memFault(hi, lo, size, true, pc);
    if (this.strictAlign) this.checkAlign(r, at, size, pc, true);
    if (r.hook?.store) {
      const why = r.hook.store(at, size);
      if (why) this.fault("memory", why, pc);
    }
    this.mem.onWrite?.(r, at, size);
    const v = r.view;
    switch (size) {
      case 1:
        v.setUint8(at, vlo);
        break;
      case 2:
        v.setUint16(at, vlo, true);
        break;
      case 4:
        v.setInt32(at, vlo, true);
        break;
      default:
        v.setInt32(at, vlo, true);
        v.setInt32(at + 4, vhi, true);
    }
  }

  /**
   * Runs until exit, a fault, or `budget` more instructions.
   */
  run(budget: number): Stop {
    const k = this.runRaw(budget);
    return k === RAN_EXIT ? { kind: "exit", r0: this.reg(0) } : k === RAN_FAULT ? { kind: "fault", fault: this.lastFault! } : BUDGET;
  }

  /**
   * run() without building a Stop (no allocation, no BigInt): RAN_EXIT with r0 in lo[0]/hi[0],
   * RAN_BUDGET, or RAN_FAULT with the fault in `lastFault`. Once ended, it answers the same again.
   */
  runRaw(budget: number): number {
    return this.runOn(budget, -1);
  }

  /**
   * reset(insns), r1 set to [r1Hi, r1Lo] (the context), then runRaw(budget), in one call: a
   * runner's run of a new input, calling a compiled program's entry straight away when it can
   * (compiled.ts).
   */
  runFromStart(insns: readonly Insn[], r1Hi: number, r1Lo: number, budget: number): number {
    return runFromStart(this, insns, r1Hi, r1Lo, budget);
  }

  /** @internal runRaw; `first` is what a compiled function that already ran returned (compiled.ts), else -1. */
  runOn(budget: number, first: number): number {
    if (this.ended >= 0) return this.ended;
    this.budgetEnd = this.executed + budget;
    try {
      const k = first >= 0 || (this.jit && budget >= this.jitMinBudget) ? runCompiled(this, budget, first) : interpret(this, budget);
      if (k === RAN_EXIT) this.ended = RAN_EXIT;
      return k;
    } catch (e) {
      if (e instanceof FaultError) {
        this.lastFault = e.fault;
        return (this.ended = RAN_FAULT);
      }
      throw e;
    }
  }

  /**
   * BPF_F_STRICT_ALIGNMENT, checked at run time: every access aligned to its size, packet
   * offsets counted as the kernel does with NET_IP_ALIGN (2) so the IP header is aligned.
   */
  strictAlign = false;

  private checkAlign(r: Region, at: number, size: number, pc: number, write: boolean): void {
    const rel = at - r.start + (r.kind === "packet" ? 2 : 0);
    if ((rel & (size - 1)) !== 0) this.fault("memory", `misaligned ${write ? "write" : "read"} of ${size} bytes at offset ${at - r.start} of ${r.name} (strict alignment)`, pc);
  }

  /** Whether long runs use the compiler (jit.ts); the interpreter is the reference either way. */
  jit = true;
  /** Runs of at least this many instructions are compiled; shorter ones (steps) are interpreted. */
  jitMinBudget = 10_000;

  /** @internal The compiled function of `fnCode`, kept at hand (runs of one program look it up once; compiled.ts). */
  fnCode?: Code;
  /** @internal */
  fn?: CompiledCode;

  /** @internal Where the current run(budget) ends, in executed instructions; callbacks count toward it. */
  budgetEnd = Infinity;
  /** @internal The stacks of callback frames, one per call depth, reused from call to call (bpf_loop may call 8M times). */
  callbackStacks: Region[] = [];

  /** Where the callbacks of one helper call must end, in executed instructions (callback.ts). */
  callbackDeadline(): number {
    return callbackDeadline(this);
  }

  /**
   * Runs the subprogram at `entry` for a helper (bpf_loop's callback) in a new frame, with
   * r1-r5 from `args`, to its exit; returns its r0 (callback.ts).
   */
  callback(entry: number, args: readonly Pair[], label: string, deadline = this.callbackDeadline()): Pair {
    return callback(this, entry, args, label, deadline);
  }

  /** Set by the session: map pointers (src 1, 5) and map values (src 2, 6); ld.ts asks it. */
  resolvePseudo?: (src: number, imm: number, imm2: number, pc: number) => Pair | undefined;
}

export type { Pair };
