// A runner: one program, one program type and one map set, run over many inputs (a stream of
// packets or contexts) the way BPF_PROG_TEST_RUN runs one. Everything a run cannot change is
// set up once (the machine, the compiled function, the memory layout, the context's regions);
// each run resets only what a run can change (registers, the stack, the packet and context,
// per-run helper state) and runs. Maps persist from run to run, as on an interface, and the
// caller may read (or change) them between runs. Packets (XDP, socket buffers), context bytes and
// kernel events (their task and memory) refill the same Run; test memory (--mem-hex) and syscall
// contexts get a new Run per input (correct, not fast). test/vm/runner_vs_fresh_run.test.ts holds
// the runner to a fresh interpreted Run per input.

import { progTypeFor } from "../isa/progtypes.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import type { RunInput } from "./context.ts";
import type { Fault } from "./memory.ts";
import { dumpMaps, sessionMaps } from "./mapset.ts";
import type { InitEntry, MapDump, MapSet } from "./mapset.ts";
import { RingbufMap } from "./maps/index.ts";
import { refill, refillPacket } from "./refill.ts";
import { RAN_EXIT, RAN_FAULT } from "./stop.ts";
import { DEFAULT_BUDGET, Run } from "./run.ts";
import { createWorld } from "./world.ts";
import type { World } from "./world.ts";

export interface RunnerOptions {
  readonly program: Program;
  /** Kernel name or libbpf section name; defaults to the program's own `.section`, else socket_filter. */
  readonly progType?: string;
  /** Maps shared with the caller; by default the program's own (sessionMaps) with `init` applied. */
  readonly maps?: MapSet;
  readonly init?: readonly InitEntry[];
  /** With the program's own maps: a reader on every perf event array (sessionMaps); by default none. */
  readonly perfReaders?: boolean;
  /** The world runs observe (time, randomness, the task); by default createWorld(seed). */
  readonly world?: World;
  readonly seed?: number;
  readonly cpu?: number;
  readonly cpus?: number;
  readonly strictAlign?: boolean;
  /** Instructions one run may execute before it stops with status "budget". */
  readonly budget?: number;
}

/** A record the program sent out in this run (bpf_ringbuf_output/submit/discard). */
export interface OutputRecord {
  readonly map: string;
  readonly data: Uint8Array;
  readonly discarded: boolean;
}

export type RunStatus = "exit" | "fault" | "budget" | "input";

/**
 * What one run gave. The runner owns this object and overwrites it on the next run: copy what
 * you keep. r0 comes as two 32-bit halves (no BigInt on the hot path); `r0` makes the bigint.
 */
export interface RunResult {
  /** exit: r0 is valid; fault/budget: `fault` says where; input: the input was refused (`error`). */
  readonly status: RunStatus;
  readonly r0Hi: number;
  readonly r0Lo: number;
  /** r0 as an unsigned 64-bit bigint when the run exited, else undefined. */
  readonly r0: bigint | undefined;
  /** Instructions executed by this run (tail calls and callbacks included). */
  readonly insns: number;
  readonly fault?: Fault;
  /** Why the input was refused (status "input"), in the words BPF_PROG_TEST_RUN's checks use. */
  readonly error?: string;
  /** bpf_trace_printk lines of this run (the same empty array when there are none). */
  readonly trace: readonly string[];
  /** Ring buffer records this run submitted or discarded. */
  readonly records: readonly OutputRecord[];
}

const NONE: readonly never[] = Object.freeze([]);

class Result implements RunResult {
  status: RunStatus = "exit";
  r0Hi = 0;
  r0Lo = 0;
  insns = 0;
  fault?: Fault = undefined;
  error?: string = undefined;
  trace: readonly string[] = NONE;
  records: readonly OutputRecord[] = NONE;
  get r0(): bigint | undefined {
    return this.status === "exit" ? (BigInt(this.r0Hi >>> 0) << 32n) | BigInt(this.r0Lo >>> 0) : undefined;
  }
}

export class Runner {
  readonly maps: MapSet;
  readonly world: World;
  readonly progType: ProgType;
  readonly program: Program;
  readonly budget: number;
  private run_?: Run;
  private readonly result = new Result();
  private readonly rings: RingbufMap[];
  private readonly ringLengths: Int32Array;
  /** Whether the Run holds an input (the last one was not refused). */
  private loaded = false;

  private constructor(
    private readonly o: RunnerOptions,
    progType: ProgType,
    maps: MapSet,
  ) {
    this.program = o.program;
    this.progType = progType;
    this.maps = maps;
    this.world = o.world ?? createWorld(o.seed);
    this.budget = o.budget ?? DEFAULT_BUDGET;
    this.rings = maps.maps.filter((m): m is RingbufMap => m instanceof RingbufMap);
    this.ringLengths = new Int32Array(this.rings.length);
  }

  /** A runner, or why not (unknown program type, bad map definition, bad init entry). */
  static create(o: RunnerOptions): Runner | string {
    const typeName = o.progType ?? o.program.progType ?? "socket_filter";
    const progType = progTypeFor(typeName, o.program.section);
    if (!progType) return `unknown program type '${typeName}'`;
    const maps = o.maps ?? sessionMaps(o.program, o.cpus ?? 2, o.init ?? [], { perfReaders: o.perfReaders });
    if (typeof maps === "string") return maps;
    return new Runner(o, progType, maps);
  }

  /** Runs the program once on `input` (a packet, or context bytes); maps keep what earlier runs left. */
  run(input: RunInput): RunResult {
    let run = this.run_;
    // the machine restarts as it runs (go); a bare packet first, in a call small enough to inline
    const why = run === undefined ? "rebuild" : refillPacket(run, input) ? undefined : refill(run, input);
    if (why === "rebuild") {
      try {
        run = this.run_ = new Run({ program: this.program, progType: this.progType, input, maps: this.maps, world: this.world, cpu: this.o.cpu, strictAlign: this.o.strictAlign });
      } catch (e) {
        return this.refused((e as Error).message);
      }
    } else if (why !== undefined) return this.refused(why);
    this.loaded = true;
    return this.go(run!);
  }

  /**
   * Runs the program once more on the context the last run left (the packet as it changed it),
   * as BPF_PROG_TEST_RUN's repeat does; the last run must have been given an input.
   */
  again(): RunResult {
    const run = this.run_;
    if (!run || !this.loaded) return this.refused("no input to run again");
    run.trace.length = 0;
    return this.go(run);
  }

  /** The Run of the last input: its machine, memory and context as they are after the run. */
  get current(): Run | undefined {
    return this.loaded ? this.run_ : undefined;
  }

  private refused(why: string): RunResult {
    const res = this.result;
    this.loaded = false;
    res.status = "input";
    res.error = why;
    res.fault = undefined;
    res.trace = res.records = NONE;
    res.r0Hi = res.r0Lo = res.insns = 0;
    return res;
  }

  private go(run: Run): RunResult {
    const res = this.result;
    const rings = this.rings;
    if (rings.length !== 0) for (let k = 0; k < rings.length; k++) this.ringLengths[k] = rings[k].records.length;
    // restart() and the run in one (Run.runFresh)
    const k = run.runFresh(this.budget);
    const m = run.machine;
    res.insns = m.executed;
    // a stream's run exits with no trace and no records: a straight line of stores, the fields
    // that hold objects written only when they change
    if (k === RAN_EXIT) {
      res.status = "exit";
      res.r0Hi = m.hi[0];
      res.r0Lo = m.lo[0];
      if (res.fault !== undefined) res.fault = undefined;
      if (res.error !== undefined) res.error = undefined;
    } else this.stopped(m, k);
    if (run.trace.length !== 0) res.trace = run.trace;
    else if (res.trace !== NONE) res.trace = NONE;
    if (res.records !== NONE) res.records = NONE;
    if (rings.length !== 0) this.collect(res);
    return res;
  }

  /** The result of a run that did not exit: a fault, or the budget ran out. */
  private stopped(m: Run["machine"], k: number): void {
    const res = this.result;
    res.error = undefined;
    res.r0Hi = res.r0Lo = 0;
    if (k === RAN_FAULT) {
      res.status = "fault";
      res.fault = m.lastFault;
    } else {
      res.status = "budget";
      res.fault = { kind: "budget", pc: m.pc, message: `the instruction budget of ${this.budget} ran out (an endless loop?)` };
    }
  }

  /** The ring buffer records this run submitted or discarded, into res.records. */
  private collect(res: Result): void {
    const rings = this.rings;
    for (let j = 0; j < rings.length; j++) {
      const ring = rings[j];
      for (let i = this.ringLengths[j]; i < ring.records.length; i++) {
        const r = ring.records[i];
        if (r.state === "busy") continue;
        if (res.records === NONE) res.records = [];
        (res.records as OutputRecord[]).push({ map: ring.def.name, data: r.data, discarded: r.state === "discarded" });
      }
    }
  }

  /** The packet and context of the last run as user space gets them back (copies), as execute's packetOut/ctxOut. */
  output(): { packet?: Uint8Array; ctx?: Uint8Array } {
    return this.loaded && this.run_ ? this.run_.ctx.output() : {};
  }

  /** The maps' contents now, as execute returns them. */
  dumpMaps(): Record<string, MapDump> {
    return dumpMaps(this.maps, this.o.cpu ?? 0);
  }
}
