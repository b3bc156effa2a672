// Run a program to completion, as BPF_PROG_TEST_RUN does: set up maps and input, run it
// `repeat` times (maps keep their state), and collect what comes out.

import { progTypeByName } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import type { RunInput } from "./context.ts";
import type { Fault } from "./memory.ts";
import { createProgramMaps, initEntry } from "./mapset.ts";
import type { MapSet } from "./mapset.ts";
import { MapOfMaps, QueueMap, RingbufMap } from "./maps/index.ts";
import type { ProgSlot } from "./maps/index.ts";
import { DEFAULT_BUDGET, Run } from "./run.ts";
import { createWorld } from "./world.ts";

export interface InitEntry {
  readonly map: string;
  readonly key: Uint8Array;
  /** Bytes, or for a prog_array a program: a label of this program (the tail-call target). */
  readonly value: Uint8Array | { readonly label: string };
}

export interface ExecuteOptions {
  readonly program: Program;
  /** Kernel name or libbpf section name; defaults to the program's own `.section`, else socket_filter. */
  readonly progType?: string;
  readonly input: RunInput;
  readonly init?: readonly InitEntry[];
  readonly repeat?: number;
  readonly budget?: number;
  readonly seed?: number;
  readonly cpu?: number;
  readonly cpus?: number;
  readonly strictAlign?: boolean;
}

export type MapDump =
  | { readonly kind: "entries"; readonly entries: readonly { key: Uint8Array; value: Uint8Array }[] }
  | { readonly kind: "records"; readonly records: readonly { data: Uint8Array; discarded: boolean }[] };

export interface ExecuteResult {
  /** r0 at exit, or undefined when the last run faulted or ran out of budget. */
  readonly r0?: bigint;
  readonly fault?: Fault;
  readonly packetOut?: Uint8Array;
  readonly ctxOut?: Uint8Array;
  readonly maps: Readonly<Record<string, MapDump>>;
  /** Maps of maps: each slot's inner map entries, by the outer map's name (its own dump lists the slots). */
  readonly innerMaps: Readonly<Record<string, readonly { key: Uint8Array; entries: readonly { key: Uint8Array; value: Uint8Array }[] }[]>>;
  /** Instructions executed by one run (the last). */
  readonly insnsExecuted: number;
  readonly trace: readonly string[];
}

/**
 * A run's maps, as a test run has them: the program's (prog-array slots filled from its peers),
 * then the --init entries (bytes, or for a prog array a label of this program). A problem is a message.
 */
export function sessionMaps(program: Program, cpus: number, init: readonly InitEntry[]): MapSet | string {
  const maps = createProgramMaps(program, cpus);
  if (typeof maps === "string") return maps;
  for (const e of init) {
    const m = maps.byName(e.map);
    if (!m) return `--init: no map named '${e.map}'`;
    let value: Uint8Array | ProgSlot;
    if (e.value instanceof Uint8Array) value = e.value;
    else {
      const label = e.value.label;
      const sym = program.symbols.find((s) => s.name === label);
      if (!sym) return `--init ${e.map}: no label '${label}' in the program`;
      value = { name: label, insns: program.insns, entry: sym.pc };
    }
    const why = initEntry(m, e.key, value);
    if (why) return `--init: ${why}`;
  }
  return maps;
}

/** Setup problems (bad map definition, unknown type, bad init) are returned as a message. */
export function execute(o: ExecuteOptions): ExecuteResult | string {
  const typeName = o.progType ?? o.program.progType ?? "socket_filter";
  const progType = progTypeByName(typeName);
  if (!progType) return `unknown program type '${typeName}'`;
  const cpus = o.cpus ?? 2;
  const maps = sessionMaps(o.program, cpus, o.init ?? []);
  if (typeof maps === "string") return maps;
  const world = createWorld(o.seed);
  const repeat = Math.max(1, o.repeat ?? 1);
  let run: Run;
  try {
    run = new Run({ program: o.program, progType, input: o.input, maps, world, cpu: o.cpu, strictAlign: o.strictAlign });
  } catch (e) {
    return (e as Error).message;
  }
  let stop = run.run(o.budget ?? DEFAULT_BUDGET);
  for (let k = 1; k < repeat && stop.kind === "exit"; k++) {
    run.restart();
    stop = run.run(o.budget ?? DEFAULT_BUDGET);
  }
  const out = run.ctx.output();
  const fault: Fault | undefined =
    stop.kind === "fault"
      ? stop.fault
      : stop.kind === "budget"
        ? { kind: "budget", pc: run.machine.pc, message: `the instruction budget of ${o.budget ?? DEFAULT_BUDGET} ran out (an endless loop?)` }
        : undefined;
  return {
    r0: stop.kind === "exit" ? stop.r0 : undefined,
    fault,
    packetOut: out.packet,
    ctxOut: out.ctx,
    maps: dumpMaps(maps, o.cpu ?? 0),
    innerMaps: Object.fromEntries(maps.maps.filter((m) => m instanceof MapOfMaps).map((m) => [m.def.name, m.innerMaps().map((s) => ({ key: s.key, entries: s.map.entries(o.cpu ?? 0) }))])),
    insnsExecuted: run.machine.executed,
    trace: run.trace,
  };
}

export function dumpMaps(maps: MapSet, cpu: number): Record<string, MapDump> {
  const out: Record<string, MapDump> = {};
  for (const m of maps.maps) {
    if (m instanceof RingbufMap) {
      out[m.def.name] = { kind: "records", records: m.records.filter((r) => r.state !== "busy").map((r) => ({ data: r.data, discarded: r.state === "discarded" })) };
    } else if (m instanceof QueueMap) {
      out[m.def.name] = { kind: "entries", entries: m.entries() };
    } else {
      out[m.def.name] = { kind: "entries", entries: m.entries(cpu) };
    }
  }
  return out;
}
