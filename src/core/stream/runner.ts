// The stream runner: one program, one map set, many events, one after another as on an
// interface or a tracepoint: maps keep their contents from event to event. Per event the return
// value, the instructions executed and what it printed (bpf_printk) or sent (ring buffer, perf
// event output). A ring buffer is read after every event, as a user-space consumer would, so a
// long stream never fills it; its records are that event's output.
//
// Runs go through the VM's Runner (src/core/vm/runner.ts: set up once, each run resets only what
// a run changes); runner_vs_execute.test.ts checks the results against separate executes with
// the maps carried over.

import type { Program } from "../program.ts";
import type { InitEntry, MapDump } from "../vm/execute.ts";
import type { MapSet } from "../vm/mapset.ts";
import { PerfEventArrayMap, RingbufMap } from "../vm/maps/index.ts";
import { Runner } from "../vm/runner.ts";
import { toHex } from "../events/bytes.ts";
import { verdictName } from "../events/verdicts.ts";
import { inputOf } from "../events/stream/index.ts";
import type { EventInput, EventSource, StreamEvent } from "../events/stream/index.ts";

export interface StreamOptions {
  readonly program: Program;
  /** Kernel name or libbpf section name; defaults to the program's own. */
  readonly progType?: string;
  /** Map contents before the first event (--init, or the map editor's seeds). */
  readonly init?: readonly InitEntry[];
  readonly budget?: number;
  readonly strictAlign?: boolean;
  /** The world's seed (time, random numbers): the same stream gives the same results. */
  readonly worldSeed?: number;
  /** A reader on every perf event array, as user space has (the app's streams, the CLI); by default none. */
  readonly perfReaders?: boolean;
}

export interface EventFault {
  /** "input" when the event could not be made into a run (a packet the builder refuses). */
  readonly kind: string;
  readonly pc: number;
  readonly message: string;
}

export interface EventResult {
  /** r0 at exit; undefined when the run faulted. */
  readonly r0?: bigint;
  /** r0 by name for the program type (XDP_DROP), else its decimal value, "fault" or "error". */
  readonly verdict: string;
  readonly insns: number;
  readonly fault?: EventFault;
  /** bpf_printk lines, then "ringbuf NAME: HEX" and "perf NAME: HEX" records, in order per kind. */
  readonly output: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** r0 values below this (high half 0) have their verdict name and bigint kept in arrays; others in a map. */
const SMALL = 256;

export class StreamRunner {
  /** Verdict names by r0 (low 32 bits, when the high half is 0): one string per value, not one per event. */
  private readonly names = new Map<number, string>();
  /** The same for small r0 (every program type's verdicts), by index: no hashing per event. */
  private readonly smallNames: (string | undefined)[] = new Array<string | undefined>(SMALL).fill(undefined);
  /** r0 as a bigint for small values: a bigint made per event is three allocations. */
  private readonly smallR0: bigint[] = Array.from({ length: SMALL }, (_, k) => BigInt(k));
  private readonly drains: boolean;

  private constructor(private readonly runner: Runner) {
    this.drains = runner.maps.maps.some((m) => m instanceof RingbufMap || m instanceof PerfEventArrayMap);
  }

  get maps(): MapSet {
    return this.runner.maps;
  }

  /** The world's random generator as the next event finds it (bpf_get_prandom_u32 goes on from event to event). */
  get randomState(): number {
    return this.runner.world.randomState;
  }

  /** A runner with fresh maps (then the init entries); a setup problem is a message. */
  static create(o: StreamOptions): StreamRunner | string {
    const r = Runner.create({ program: o.program, progType: o.progType, init: o.init, budget: o.budget, strictAlign: o.strictAlign, seed: o.worldSeed, perfReaders: o.perfReaders });
    return typeof r === "string" ? r : new StreamRunner(r);
  }

  /** r0's name for the program type (XDP_DROP), else its decimal value. */
  private verdict(hi: number, lo: number, r0: bigint): string {
    if (hi !== 0) return verdictName(r0, this.runner.progType.name) ?? `${r0}`;
    const small = lo >= 0 && lo < SMALL;
    let v = small ? this.smallNames[lo] : this.names.get(lo);
    if (v === undefined) {
      v = verdictName(BigInt(lo >>> 0), this.runner.progType.name) ?? `${lo >>> 0}`;
      if (small) this.smallNames[lo] = v;
      else this.names.set(lo, v);
    }
    return v;
  }

  /** Runs event `index` of a source (its quick input when it has one). */
  runAt(source: EventSource, index: number): EventResult {
    return source.input ? this.runInput(source.input(index)) : this.run(source.at(index));
  }

  run(e: StreamEvent): EventResult {
    const input = inputOf(e);
    if (typeof input === "string") return { verdict: "error", insns: 0, fault: { kind: "input", pc: 0, message: input }, output: NONE };
    return this.runInput(input);
  }

  runInput(input: EventInput): EventResult {
    const res = this.runner.run(input);
    if (res.status === "input") return { verdict: "error", insns: 0, fault: { kind: "input", pc: 0, message: res.error ?? "the input was refused" }, output: NONE };
    // the runner's result is overwritten by its next run: take what is kept now
    const output = res.trace.length || this.drains ? [...res.trace, ...this.drainRecords()] : NONE;
    if (res.status === "exit") {
      const hi = res.r0Hi, lo = res.r0Lo;
      const r0 = hi === 0 && lo >= 0 && lo < SMALL ? this.smallR0[lo] : res.r0!;
      return { r0, verdict: this.verdict(hi, lo, r0), insns: res.insns, output };
    }
    const f = res.fault!;
    return { verdict: "fault", insns: res.insns, fault: { kind: f.kind, pc: f.pc, message: f.message }, output };
  }

  /** What user space reads after each event: ring buffer records and perf samples, then they are gone. */
  private drainRecords(): string[] {
    const out: string[] = [];
    for (const m of this.maps.maps) {
      if (m instanceof RingbufMap && m.records.length) {
        for (const r of m.records) if (r.state === "committed") out.push(`ringbuf ${m.def.name}: ${toHex(r.data)}`);
        if (m.records.every((r) => r.state !== "busy")) m.restore({ used: 0, records: [] });
      } else if (m instanceof PerfEventArrayMap && m.samples.length) {
        for (const s of m.samples) out.push(`perf ${m.def.name}: ${toHex(s.data)}`);
        m.samples = [];
      }
    }
    return out;
  }

  dump(): Record<string, MapDump> {
    return this.runner.dumpMaps();
  }
}

/**
 * The maps as they are after event `index` (before event 0 when index is -1): a fresh runner
 * replays the stream up to it. Runs are deterministic, so this equals what the full run saw.
 */
export function mapsAfter(o: StreamOptions, source: EventSource, index: number): { runner: StreamRunner } | string {
  const runner = StreamRunner.create(o);
  if (typeof runner === "string") return runner;
  const last = Math.min(index, source.length - 1);
  for (let i = 0; i <= last; i++) runner.runAt(source, i);
  return { runner };
}
