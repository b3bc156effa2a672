// Which stack slots may still be read, per call chain and instruction: Linux 6.18's stack
// liveness (kernel/bpf/liveness.c), rewritten from its description.
//
// As the walk goes, each (call chain, instruction) gathers the slots it may read (a union over
// the paths that reached it) and the slots it surely writes whole (an intersection). When a path
// ends, and when a function returns, a fixpoint over the function's instructions in the kernel's
// postorder turns them into the slots live before each instruction:
//
//   live_before(i)   = (∪ live_before(succ) − must_write(i)) ∪ may_read(i)
//   written_after(i) = ∩ written_after(succ) ∪ must_write(i)
//
// and a function's entry hands both to its call site in the caller's chain. A chain is written
// as the kernel logs it: the call sites from the outermost frame, then the function's first
// instruction, `(2,5)`. Masks are 64 slots (fp-8 is bit 0) kept as two 32-bit words, low first.

import type { Cfg } from "../cfg/index.ts";
import type { State } from "./state.ts";

/** What the analysis reports as it propagates (the level-2 log). Masks have fp-8 as bit 0. */
export interface LiveTrace {
  /** A mask of instruction `pc`, frame `frame`, changed from `old` to `now`. */
  liveMask(chain: string, frame: number, pc: number, what: "live" | "written", old: bigint, now: bigint): void;
  /** A function instance's fixpoint took `iterations` rounds. */
  liveDone(chain: string, iterations: number): void;
}

/** One frame's masks in a function instance: two words per instruction of the function. */
interface Masks {
  readonly mayRead: Uint32Array;
  readonly mustWrite: Uint32Array;
  /** Slots written by the instruction or surely by what follows it in the function. */
  readonly acc: Uint32Array;
  readonly live: Uint32Array;
}

/** A function as reached by one call chain. */
interface Instance {
  readonly key: string;
  /** The call sites from frame 0, then the function's first instruction. */
  readonly chain: readonly number[];
  readonly start: number;
  readonly len: number;
  /** Per frame of the chain (the innermost is this function's own), made on first use. */
  readonly frames: (Masks | undefined)[];
  /** Per instruction: its must_write has been set once (later visits intersect). */
  readonly writeSet: Uint8Array;
  /** Per instruction: its must_write is not empty in some frame. */
  readonly writesAt: Uint8Array;
  /** Marks changed since the last fixpoint. */
  updated: boolean;
  /** A must_write lost slots: the fixpoint starts its written_after afresh. */
  dropped: boolean;
}

const FRAMES = 8;

/** `-8,-24` for a mask (ascending slots), as bpf_fmt_stack_mask. */
export function stackMaskText(m: bigint): string {
  const out: string[] = [];
  for (let k = 0; m; k++, m >>= 1n) if (m & 1n) out.push(`${-8 * (k + 1)}`);
  return out.join(",");
}

const big = (lo: number, hi: number): bigint => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);

export class StackLiveness {
  private readonly instances = new Map<string, Instance>();
  /** Function extents: first instruction -> length, and each function's postorder. */
  private readonly ends = new Map<number, number>();
  private readonly orders = new Map<number, Int32Array>();
  /** The instance of the state whose instruction is being checked (undefined once its frames changed). */
  private cur: Instance | undefined;
  /** Whole slots written by the instruction being checked, per frame (two words each). */
  private readonly writes = new Uint32Array(2 * FRAMES);
  /** Whether `writes` holds anything (most instructions write no slot: they skip the clearing and the merge). */
  private wrote = true;
  private writePc = 0;
  /** An instruction's successors (successors() fills it). */
  private readonly succ = new Int32Array(2);

  constructor(
    private readonly cfg: Cfg,
    /** The kernel's prune points (their masks are logged even unchanged by reads or writes). */
    private readonly points: Uint8Array,
    private readonly trace?: LiveTrace,
  ) {
    // functions: the calls' targets and the callbacks' (a function's address loaded by ld_imm64)
    const set = new Set(cfg.funcs);
    for (const d of cfg.insns) if (d.valid && d.spec.kind === "lddw" && d.insn.src === 4) set.add(d.pc + d.insn.imm + 1);
    const starts = [...set].sort((a, b) => a - b);
    starts.forEach((s, k) => this.ends.set(s, (starts[k + 1] ?? cfg.at.length) - s));
  }

  // ---- the walk's marks -----------------------------------------------------------------------

  /** Instruction `pc` of state `st` is about to be checked: its whole-slot writes start empty. */
  begin(st: State, pc: number): void {
    if (this.cur === undefined) this.cur = this.instanceOf(st, st.frames.length - 1);
    this.writePc = pc;
    if (this.wrote) {
      this.writes.fill(0);
      this.wrote = false;
    }
  }

  /** The instruction reads slot `slot` of frame `frame`. */
  read(frame: number, slot: number): void {
    const inst = this.cur;
    if (!inst || slot < 0 || slot >= 64) return;
    const w = slot >> 5;
    this.markRead(inst, frame, this.writePc, w === 0 ? 1 << slot : 0, w === 1 ? 1 << (slot - 32) : 0);
  }

  /** The instruction writes all 8 bytes of slot `slot` of frame `frame`. */
  write(frame: number, slot: number): void {
    if (slot < 0 || slot >= 64 || frame >= FRAMES) return;
    this.writes[2 * frame + (slot >> 5)] |= 1 << (slot & 31);
    this.wrote = true;
  }

  /** The instruction was checked without error: its writes join what earlier visits wrote. */
  commit(): void {
    const inst = this.cur;
    if (!inst) return;
    if (!this.wrote) {
      // (most instructions: no write now, and none kept from an earlier visit)
      const idx = this.writePc - inst.start;
      if (inst.writesAt[idx] === 0) {
        inst.writeSet[idx] = 1;
        return;
      }
    }
    this.commitTo(inst, this.writePc);
  }

  /** The path entered a function: the marks go to another instance (found at the next instruction). */
  entered(): void {
    this.cur = undefined;
  }

  /** The innermost function returned (the state's frames are the caller's now): its chain is brought up to date. */
  returned(): void {
    let inst = this.cur;
    this.cur = undefined;
    while (inst) {
      if (inst.updated) this.settle(inst);
      inst = inst.chain.length > 1 ? this.outer(inst) : undefined;
    }
  }

  /**
   * A path ended in state `st`, or its innermost function returns (before the return): the
   * fixpoint for every instance of its chain with new marks, innermost first (each hands its
   * entry's masks to its caller's), as bpf_update_live_stack.
   */
  update(st: State): void {
    this.cur = undefined;
    for (let f = st.frames.length - 1; f >= 0; f--) {
      const inst = this.instanceOf(st, f);
      if (inst.updated) this.settle(inst);
    }
  }

  private settle(inst: Instance): void {
    this.fixpoint(inst);
    inst.updated = false;
    inst.dropped = false;
  }

  // ---- queries (state pruning) ----------------------------------------------------------------

  /**
   * Forgets, in the stored state `st` whose paths are all finished, the stack slots nothing after
   * it may read (the kernel's clean_func_state): comparisons then let them hold anything. A slot
   * of an outer frame stays while the function's own instance, or a caller's after its call
   * (before it, for a callback's caller, which may call it again), may read it.
   */
  clean(st: State): void {
    const n = st.frames.length;
    const inner = this.instanceOf(st, n - 1);
    for (let f = 0; f < n; f++) {
      const stack = st.frames[f].stack;
      for (let k = 0; k < stack.length; k++) {
        if (!stack[k] || isLive(inner, st.pc, f, k)) continue;
        let alive = false;
        for (let i = f; i < n - 1 && !alive; i++) {
          const callee = st.frames[i + 1];
          alive = isLive(this.instanceOf(st, i), callee.callback ? callee.callsite : callee.callsite + 1, f, k);
        }
        if (!alive) stack[k] = undefined;
      }
    }
  }

  // ---- instances ------------------------------------------------------------------------------

  /** The instance of frame `f` of `st`: the call sites of the frames above it, then its function's start. */
  private instanceOf(st: State, f: number): Instance {
    let key = "";
    for (let k = 0; k < f; k++) key += `${st.frames[k + 1].callsite},`;
    const start = st.frames[f].start;
    key += start;
    return this.instances.get(key) ?? this.make(key, key.split(",").map(Number), start);
  }

  private make(key: string, chain: number[], start: number): Instance {
    const len = this.ends.get(start) ?? this.cfg.at.length - start;
    const inst: Instance = { key, chain, start, len, frames: new Array<Masks | undefined>(chain.length).fill(undefined), writeSet: new Uint8Array(len), writesAt: new Uint8Array(len), updated: false, dropped: false };
    this.instances.set(key, inst);
    return inst;
  }

  /** The caller's instance: the chain without its last call. */
  private outer(inst: Instance): Instance {
    const chain = inst.chain.slice(0, -1);
    // the caller's own entry replaces its call site: found from the enclosing function of that site
    const site = chain[chain.length - 1];
    chain[chain.length - 1] = this.funcOf(site);
    const key = chain.join(",");
    return this.instances.get(key) ?? this.make(key, chain, chain[chain.length - 1]);
  }

  /** The first instruction of the function holding `pc`. */
  private funcOf(pc: number): number {
    let best = 0;
    for (const s of this.ends.keys()) if (s <= pc && s > best) best = s;
    return best;
  }

  private masks(inst: Instance, frame: number): Masks {
    let m = inst.frames[frame];
    if (!m) {
      const n = 2 * inst.len;
      m = { mayRead: new Uint32Array(n), mustWrite: new Uint32Array(n), acc: new Uint32Array(n), live: new Uint32Array(n) };
      inst.frames[frame] = m;
    }
    return m;
  }

  private markRead(inst: Instance, frame: number, pc: number, lo: number, hi: number): void {
    if (frame >= inst.frames.length) return;
    const m = this.masks(inst, frame);
    const i = 2 * (pc - inst.start);
    // (`>>> 0`: a mask's word is unsigned, and `|` of one with bit 31 set is negative)
    const r0 = (m.mayRead[i] | lo) >>> 0;
    const r1 = (m.mayRead[i + 1] | hi) >>> 0;
    if ((r0 !== m.mayRead[i] || r1 !== m.mayRead[i + 1]) && ((r0 | m.live[i]) >>> 0 !== m.live[i] || (r1 | m.live[i + 1]) >>> 0 !== m.live[i + 1])) inst.updated = true;
    m.mayRead[i] = r0;
    m.mayRead[i + 1] = r1;
  }

  private commitTo(inst: Instance, pc: number): void {
    const idx = pc - inst.start;
    if (idx < 0 || idx >= inst.len) return;
    const seen = inst.writeSet[idx] === 1;
    // (no write now, and none kept: nothing changes)
    if (!this.wrote && (!seen || inst.writesAt[idx] === 0)) {
      inst.writeSet[idx] = 1;
      return;
    }
    let any = 0;
    for (let f = 0; f < inst.chain.length; f++) {
      let lo = this.writes[2 * f];
      let hi = this.writes[2 * f + 1];
      if (lo === 0 && hi === 0 && !seen) continue;
      const m = this.masks(inst, f);
      const o0 = m.mustWrite[2 * idx];
      const o1 = m.mustWrite[2 * idx + 1];
      if (seen) {
        lo = (lo & o0) >>> 0;
        hi = (hi & o1) >>> 0;
      }
      if (o0 !== lo || o1 !== hi) {
        m.mustWrite[2 * idx] = lo;
        m.mustWrite[2 * idx + 1] = hi;
        inst.updated = true;
      }
      if ((o0 & ~lo) !== 0 || (o1 & ~hi) !== 0) inst.dropped = true;
      any |= lo | hi;
    }
    inst.writeSet[idx] = 1;
    inst.writesAt[idx] = any !== 0 ? 1 : 0;
  }

  // ---- the fixpoint ---------------------------------------------------------------------------

  private fixpoint(inst: Instance): void {
    if (inst.dropped) for (const m of inst.frames) m?.acc.fill(0);
    const order = this.postorder(inst.start);
    let rounds = 0;
    let changed: boolean;
    do {
      rounds++;
      changed = false;
      for (let f = 0; f < inst.frames.length; f++) {
        const m = inst.frames[f];
        if (!m) continue;
        for (let k = 0; k < order.length; k++) if (this.updateInsn(inst, f, m, order[k])) changed = true;
      }
    } while (changed);
    this.trace?.liveDone(`(${inst.key})`, rounds);
    if (inst.chain.length > 1) this.toCaller(inst);
  }

  private updateInsn(inst: Instance, frame: number, m: Masks, pc: number): boolean {
    const d = this.cfg.at[pc];
    if (!d) return false;
    const n = successors(d, this.succ);
    if (n === 0) return false;
    const i = 2 * (pc - inst.start);
    let after0 = 0;
    let after1 = 0;
    let acc0 = -1;
    let acc1 = -1;
    for (let k = 0; k < n; k++) {
      const s = 2 * (this.succ[k] - inst.start);
      if (s < 0 || s >= m.live.length) {
        acc0 = acc1 = 0;
        continue;
      }
      after0 |= m.live[s];
      after1 |= m.live[s + 1];
      acc0 &= m.acc[s];
      acc1 &= m.acc[s + 1];
    }
    const w0 = m.mustWrite[i];
    const w1 = m.mustWrite[i + 1];
    acc0 = (acc0 | w0) >>> 0;
    acc1 = (acc1 | w1) >>> 0;
    const live0 = ((after0 & ~w0) | m.mayRead[i]) >>> 0;
    const live1 = ((after1 & ~w1) | m.mayRead[i + 1]) >>> 0;
    const changed = live0 !== m.live[i] || live1 !== m.live[i + 1] || acc0 !== m.acc[i] || acc1 !== m.acc[i + 1];
    const t = this.trace;
    if (t && (m.mayRead[i] | m.mayRead[i + 1] | w0 | w1 || pc === inst.start || this.points[pc])) {
      const chain = `(${inst.key})`;
      if (live0 !== m.live[i] || live1 !== m.live[i + 1]) t.liveMask(chain, frame, pc, "live", big(m.live[i], m.live[i + 1]), big(live0, live1));
      if (acc0 !== m.acc[i] || acc1 !== m.acc[i + 1]) t.liveMask(chain, frame, pc, "written", big(m.acc[i], m.acc[i + 1]), big(acc0, acc1));
    }
    m.live[i] = live0;
    m.live[i + 1] = live1;
    m.acc[i] = acc0;
    m.acc[i + 1] = acc1;
    return changed;
  }

  /** The function's entry hands its callers' frames' masks to the call site in the caller's instance. */
  private toCaller(inst: Instance): void {
    const up = this.outer(inst);
    const site = inst.chain[inst.chain.length - 2];
    this.writes.fill(0);
    this.wrote = true;
    for (let f = 0; f < inst.chain.length - 1; f++) {
      const m = inst.frames[f];
      if (!m) continue;
      this.writes[2 * f] = m.acc[0];
      this.writes[2 * f + 1] = m.acc[1];
      this.markRead(up, f, site, m.live[0], m.live[1]);
    }
    this.commitTo(up, site);
  }

  /** Each function's instructions in the kernel's postorder (compute_postorder), made on first use. */
  private postorder(start: number): Int32Array {
    let order = this.orders.get(start);
    if (order) return order;
    const len = this.ends.get(start) ?? this.cfg.at.length - start;
    const state = new Uint8Array(len);
    const out: number[] = [];
    const stack = [start];
    const succ = new Int32Array(2);
    while (stack.length) {
      const top = stack[stack.length - 1];
      state[top - start] |= DISCOVERED;
      if (state[top - start] & EXPLORED) {
        out.push(top);
        stack.pop();
        continue;
      }
      const d = this.cfg.at[top];
      const n = d ? successors(d, succ) : 0;
      for (let k = 0; k < n; k++) {
        const s = succ[k] - start;
        if (s >= 0 && s < len && !state[s]) {
          stack.push(succ[k]);
          state[s] |= DISCOVERED;
        }
      }
      state[top - start] |= EXPLORED;
    }
    order = Int32Array.from(out);
    this.orders.set(start, order);
    return order;
  }
}

/** Whether slot `slot` of frame `frame` is live before instruction `pc` in `inst`. */
function isLive(inst: Instance, pc: number, frame: number, slot: number): boolean {
  const m = inst.frames[frame];
  const i = pc - inst.start;
  if (!m || i < 0 || i >= inst.len) return false;
  return ((m.live[2 * i + (slot >> 5)] >>> (slot & 31)) & 1) === 1;
}

const DISCOVERED = 1;
const EXPLORED = 2;

/** An instruction's successors within its function, fall-through first (bpf_insn_successors): how many. */
function successors(d: NonNullable<Cfg["at"][number]>, out: Int32Array): number {
  if (!d.valid) return 0;
  const s = d.spec;
  switch (s.kind) {
    case "exit":
      return 0;
    case "ja":
      out[0] = d.pc + d.insn.off + 1;
      return 1;
    case "gotol":
      out[0] = d.pc + d.insn.imm + 1;
      return 1;
    case "jcc":
    case "may_goto":
      out[0] = d.pc + d.slots;
      out[1] = d.pc + d.insn.off + 1;
      return 2;
    default:
      out[0] = d.pc + d.slots;
      return 1;
  }
}
