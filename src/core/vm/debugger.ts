// The step debugger over one Run: stepping in, over and out (by instruction, or by source
// statement through the line table: linestep.ts), continuing to breakpoints
// (with conditions), and stepping back through undo records. History is bounded; the
// oldest records fall off first.

import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import { parseCondition } from "./condition.ts";
import { lineStepBackTarget, lineStepUntil } from "./linestep.ts";
import type { LineStep } from "./linestep.ts";
import type { Condition } from "./condition.ts";
import type { RunInput } from "./context.ts";
import type { Stop } from "./stop.ts";
import type { MapSet } from "./mapset.ts";
import type { Region } from "./memory.ts";
import { Run } from "./run.ts";
import type { World } from "./world.ts";

export const HISTORY_LIMIT = 100_000;
const TRIM_BATCH = 4096;

interface Write {
  readonly r: Region;
  readonly at: number;
  readonly old: Uint8Array;
}

/** Everything one step changed, enough to put it back. */
interface Undo {
  readonly pc: number;
  readonly regs: Int32Array;
  readonly frames: number;
  readonly poppedFrame?: Run["machine"]["frames"][number];
  readonly executed: number;
  readonly writes: Write[];
  /** Helper calls can touch maps, the trace, the packet bounds and tail-call state: saved whole. */
  readonly helper?: { maps: unknown[]; trace: number; packet?: [number, number, number, number, number, number, number]; tailCalls: number; code: unknown; random: number };
}

export type DebugStop = Stop | { readonly kind: "paused" } | { readonly kind: "history_start" };

export interface DebugOptions {
  readonly program: Program;
  readonly progType: ProgType;
  readonly input: RunInput;
  readonly maps: MapSet;
  readonly world: World;
  readonly historyLimit?: number;
}

export class Debugger {
  run: Run;
  private history: Undo[] = [];
  /** Index of the oldest live record in `history` (records before it fell off). */
  private readonly limit: number;
  readonly breakpoints = new Map<number, { condition?: Condition; text?: string }>();
  /** Registers the last step or run changed. */
  changed: number[] = [];
  last?: DebugStop;
  private pending?: Write[];
  /** The most instructions this run has executed, before any step back: the end of the timeline. */
  private reached = 0;

  constructor(private readonly opts: DebugOptions) {
    this.limit = opts.historyLimit ?? HISTORY_LIMIT;
    this.run = this.newRun();
  }

  private newRun(): Run {
    const run = new Run({ program: this.opts.program, progType: this.opts.progType, input: this.opts.input, maps: this.opts.maps, world: this.opts.world });
    run.mem.onWrite = (r, at, size) => this.pending?.push({ r, at, old: r.bytes.slice(at, at + size) });
    return run;
  }

  get historyLength(): number {
    return Math.min(this.history.length, this.limit);
  }
  get historyLimit(): number {
    return this.limit;
  }
  /** The executed count the oldest live history record goes back to: how far back the timeline reaches. */
  get historyStart(): number {
    const n = this.historyLength;
    return n ? this.history[this.history.length - n].executed : this.run.machine.executed;
  }
  /** The most instructions this run has executed, counting steps since undone (the run replays them identically). */
  get furthest(): number {
    return Math.max(this.reached, this.run.machine.executed);
  }
  get finished(): boolean {
    return this.run.machine.stopped !== undefined;
  }

  /** Sets a breakpoint, with an optional condition such as `r1 == 0x10`; returns an error message if the condition does not parse. */
  setBreakpoint(pc: number, condition?: string): string | undefined {
    let cond: Condition | undefined;
    if (condition && condition.trim()) {
      const c = parseCondition(condition);
      if (typeof c === "string") return c;
      cond = c;
    }
    this.breakpoints.set(pc, { condition: cond, text: condition?.trim() || undefined });
    return undefined;
  }

  clearBreakpoint(pc: number): void {
    this.breakpoints.delete(pc);
  }

  private regs(): Int32Array {
    const m = this.run.machine;
    const r = new Int32Array(22);
    r.set(m.hi, 0);
    r.set(m.lo, 11);
    return r;
  }

  /** One instruction, recorded. */
  stepInto(): DebugStop {
    const m = this.run.machine;
    if (m.stopped) return (this.last = m.stopped);
    const pc = m.pc;
    const before = this.regs();
    const frames = m.frames.length;
    const top = m.frames[frames - 1];
    const isHelper = this.isHelperCall(pc);
    const helper = isHelper ? this.saveHelperState() : undefined;
    const writes: Write[] = [];
    this.pending = writes;
    const executed = m.executed;
    let stop: Stop;
    try {
      stop = m.run(1);
    } finally {
      this.pending = undefined;
    }
    this.push({ pc, regs: before, frames, poppedFrame: m.frames.length < frames ? top : undefined, executed, writes, helper });
    const after = this.regs();
    this.changed = [];
    for (let k = 0; k < 11; k++) if (after[k] !== before[k] || after[11 + k] !== before[11 + k]) this.changed.push(k);
    return (this.last = stop.kind === "budget" ? { kind: "step" } : stop);
  }

  private isHelperCall(pc: number): boolean {
    const i = this.run.opts.program.insns[pc];
    const code = this.run.machine.stopped ? -1 : i?.code;
    // a call to a helper (src 0) or callx; tail calls switch programs, so use the live code
    return (code === 0x85 && i.src === 0) || code === 0x8d || this.run.machine.tailCalls > 0;
  }

  private saveHelperState(): Undo["helper"] {
    const p = this.run.ctx.packet;
    const m = this.run.machine as unknown as { code: unknown };
    return {
      maps: this.opts.maps.maps.map((x) => x.save()),
      trace: this.run.trace.length,
      packet: p ? [p.meta, p.data, p.end, p.region.start, p.region.end, p.mac, p.net] : undefined,
      tailCalls: this.run.machine.tailCalls,
      code: m.code,
      random: this.opts.world.randomState,
    };
  }

  private push(u: Undo): void {
    this.history.push(u);
    // trim in batches: dropping one record at a time from the front costs a copy per step
    if (this.history.length > this.limit + TRIM_BATCH) this.history.splice(0, this.history.length - this.limit);
  }

  /** Undoes the last step. */
  stepBack(): DebugStop {
    if (this.history.length > this.limit) this.history.splice(0, this.history.length - this.limit);
    const u = this.history.pop();
    if (!u) return (this.last = { kind: "history_start" });
    const m = this.run.machine;
    this.reached = Math.max(this.reached, m.executed);
    const before = this.regs();
    for (let k = u.writes.length - 1; k >= 0; k--) u.writes[k].r.bytes.set(u.writes[k].old, u.writes[k].at);
    m.hi.set(u.regs.subarray(0, 11));
    m.lo.set(u.regs.subarray(11));
    m.pc = u.pc;
    m.executed = u.executed;
    while (m.frames.length > u.frames) m.frames.pop();
    if (u.poppedFrame && m.frames.length < u.frames) m.frames.push(u.poppedFrame);
    m.stopped = undefined;
    if (u.helper) {
      this.opts.maps.maps.forEach((x, k) => x.restore(u.helper!.maps[k]));
      this.run.trace.length = u.helper.trace;
      const p = this.run.ctx.packet;
      if (p && u.helper.packet) [p.meta, p.data, p.end, p.region.start, p.region.end, p.mac, p.net] = u.helper.packet;
      m.tailCalls = u.helper.tailCalls;
      this.opts.world.randomState = u.helper.random;
      (m as unknown as { code: unknown }).code = u.helper.code;
    }
    const after = this.regs();
    this.changed = [];
    for (let k = 0; k < 11; k++) if (after[k] !== before[k] || after[11 + k] !== before[11 + k]) this.changed.push(k);
    return (this.last = { kind: "step" });
  }

  private hitBreakpoint(): boolean {
    const m = this.run.machine;
    const bp = this.breakpoints.get(m.pc);
    if (!bp) return false;
    return bp.condition ? bp.condition(this.run) : true;
  }

  /**
   * Steps until a breakpoint, the end, or `maxSteps` (then answers "paused" so the caller
   * can yield and resume). `until` adds a stop condition (step over, step out, run to cursor).
   */
  continue(maxSteps = Infinity, until?: () => boolean): DebugStop {
    for (let k = 0; k < maxSteps; k++) {
      const stop = this.stepInto();
      if (stop.kind !== "step") return stop;
      if (until?.()) return (this.last = { kind: "step" });
      if (this.hitBreakpoint()) return (this.last = { kind: "breakpoint", pc: this.run.machine.pc });
    }
    return (this.last = { kind: "paused" });
  }

  /** Steps over a bpf-to-bpf call: runs until back in this frame at the next instruction. */
  stepOver(maxSteps = Infinity): DebugStop {
    const m = this.run.machine;
    const i = this.run.opts.program.insns[m.pc];
    const depth = m.frames.length;
    if (!i || !((i.code === 0x85 && i.src === 1) || i.code === 0x8d)) return this.stepInto();
    const ret = m.pc + 1;
    return this.continue(maxSteps, () => m.frames.length <= depth && m.pc === ret);
  }

  /** Runs until the current function returns to its caller. */
  stepOut(maxSteps = Infinity): DebugStop {
    const m = this.run.machine;
    const depth = m.frames.length;
    if (depth <= 1) return this.continue(maxSteps);
    return this.continue(maxSteps, () => m.frames.length < depth);
  }

  /**
   * The stop condition of a step by source statement (linestep.ts) from where the machine
   * stands now; a caller that runs the step in slices passes it to `continue` each time.
   */
  lineStepUntil(kind: LineStep): () => boolean {
    const m = this.run.machine;
    const now = () => ({ pc: m.pc, depth: m.frames.length });
    return lineStepUntil(this.run.opts.program, kind, now(), () => ({ pc: this.run.machine.pc, depth: this.run.machine.frames.length }));
  }

  /** Steps to the next C statement, into calls. */
  stepLine(maxSteps = Infinity): DebugStop {
    return this.continue(maxSteps, this.lineStepUntil("into"));
  }

  /** Steps to the next C statement of this function (or of its caller, once it returns); calls run whole. */
  stepOverLine(maxSteps = Infinity): DebugStop {
    return this.continue(maxSteps, this.lineStepUntil("over"));
  }

  /** Runs until this function returns to its caller; in the entry function, to the end. */
  stepOutLine(maxSteps = Infinity): DebugStop {
    return this.continue(maxSteps, this.lineStepUntil("out"));
  }

  runToCursor(pc: number, maxSteps = Infinity): DebugStop {
    return this.continue(maxSteps, () => this.run.machine.pc === pc);
  }

  /**
   * Steps back to the start of the previous C statement (the mirror of `stepLine`); from the
   * middle of a statement, to its start. Breakpoints do not stop it, as they do not stop a step.
   */
  stepBackLine(): DebugStop {
    if (this.history.length > this.limit) this.history.splice(0, this.history.length - this.limit);
    const m = this.run.machine;
    const visited = [...this.history.map((u) => ({ pc: u.pc, depth: u.frames })), { pc: m.pc, depth: m.frames.length }];
    const target = lineStepBackTarget(this.run.opts.program, visited);
    if (target < 0) return this.stepBack();
    const before = this.regs();
    let stop: DebugStop = { kind: "history_start" };
    for (let k = visited.length - 1; k > target; k--) stop = this.stepBack();
    const after = this.regs();
    this.changed = [];
    for (let k = 0; k < 11; k++) if (after[k] !== before[k] || after[11 + k] !== before[11 + k]) this.changed.push(k);
    return stop;
  }

  /** Steps back until a breakpoint or the start of history. */
  continueBack(maxSteps = Infinity): DebugStop {
    for (let k = 0; k < maxSteps; k++) {
      const stop = this.stepBack();
      if (stop.kind === "history_start") return stop;
      if (this.hitBreakpoint()) return (this.last = { kind: "breakpoint", pc: this.run.machine.pc });
    }
    return (this.last = { kind: "paused" });
  }

  /** Starts the program again. Maps keep what earlier runs wrote unless the caller resets them. */
  reset(): void {
    this.run = this.newRun();
    this.history = [];
    this.changed = [];
    this.last = undefined;
    this.reached = 0;
  }
}
