// The stream runner: one program, one map set, many events, one after another as on an
// interface or a tracepoint: maps keep their contents from event to event. Per event the return
// value, the instructions executed and what it printed (bpf_printk) or sent (ring buffer, perf
// event output). A ring buffer is read after every event, as a user-space consumer would, so a
// long stream never fills it; its records are that event's output.
//
// Runs go through `execute`'s setup (sessionMaps, one Run per event) until the VM's reusable
// runner (src/core/vm/runner.ts) lands; the results are the same either way (runner.test.ts
// checks them against separate executes with the maps carried over).

import { progTypeByName } from "../isa/progtypes.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import { sessionMaps } from "../vm/execute.ts";
import type { InitEntry, MapDump } from "../vm/execute.ts";
import { dumpMaps } from "../vm/execute.ts";
import type { MapSet } from "../vm/mapset.ts";
import { PerfEventArrayMap, RingbufMap } from "../vm/maps/index.ts";
import { DEFAULT_BUDGET, Run } from "../vm/run.ts";
import { createWorld } from "../vm/world.ts";
import type { World } from "../vm/world.ts";
import { toHex } from "../events/bytes.ts";
import { verdictName } from "../events/verdicts.ts";
import { inputOf } from "../events/stream/index.ts";
import type { EventSource, StreamEvent } from "../events/stream/index.ts";

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

export class StreamRunner {
  private constructor(
    readonly program: Program,
    readonly progType: ProgType,
    readonly maps: MapSet,
    private readonly world: World,
    private readonly budget: number,
    private readonly strictAlign: boolean,
  ) {}

  /** A runner with fresh maps (then the init entries); a setup problem is a message. */
  static create(o: StreamOptions): StreamRunner | string {
    const name = o.progType ?? o.program.progType ?? "socket_filter";
    const progType = progTypeByName(name);
    if (!progType) return `unknown program type '${name}'`;
    const maps = sessionMaps(o.program, 2, o.init ?? []);
    if (typeof maps === "string") return maps;
    return new StreamRunner(o.program, progType, maps, createWorld(o.worldSeed), o.budget ?? DEFAULT_BUDGET, o.strictAlign ?? false);
  }

  run(e: StreamEvent): EventResult {
    const input = inputOf(e);
    if (typeof input === "string") return { verdict: "error", insns: 0, fault: { kind: "input", pc: 0, message: input }, output: [] };
    let run: Run;
    try {
      run = new Run({ program: this.program, progType: this.progType, input, maps: this.maps, world: this.world, strictAlign: this.strictAlign });
    } catch (err) {
      // the context cannot hold this event (a frame shorter than an Ethernet header)
      return { verdict: "error", insns: 0, fault: { kind: "input", pc: 0, message: (err as Error).message }, output: [] };
    }
    const stop = run.run(this.budget);
    const output = [...run.trace, ...this.drainRecords()];
    const insns = run.machine.executed;
    if (stop.kind === "exit") return { r0: stop.r0, verdict: verdictName(stop.r0, this.progType.name) ?? `${stop.r0}`, insns, output };
    const fault =
      stop.kind === "fault"
        ? { kind: stop.fault.kind, pc: stop.fault.pc, message: stop.fault.message }
        : { kind: "budget", pc: run.machine.pc, message: `the instruction budget of ${this.budget} ran out (an endless loop?)` };
    return { verdict: "fault", insns, fault, output };
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
    return dumpMaps(this.maps, 0);
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
  for (let i = 0; i <= last; i++) runner.run(source.at(i));
  return { runner };
}
