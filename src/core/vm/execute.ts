// Run a program to completion, as BPF_PROG_TEST_RUN does: set up maps and input, run it
// `repeat` times (maps keep their state), and collect what comes out.

import type { Program } from "../program.ts";
import type { RunInput } from "./context.ts";
import type { Fault } from "./memory.ts";
import { dumpMaps } from "./mapset.ts";
import type { InitEntry, MapDump } from "./mapset.ts";
import { MapOfMaps } from "./maps/index.ts";
import { Runner } from "./runner.ts";

// the session's maps moved to mapset.ts (the runner uses them too); named here as before
export { dumpMaps, sessionMaps } from "./mapset.ts";
export type { InitEntry, MapDump } from "./mapset.ts";

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
  /** A reader on every perf event array (sessionMaps); by default none, as under BPF_PROG_TEST_RUN. */
  readonly perfReaders?: boolean;
}

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
 * Setup problems (bad map definition, unknown type, bad init) and inputs the context cannot hold
 * are returned as a message. One input, run through a Runner: the one run path there is.
 */
export function execute(o: ExecuteOptions): ExecuteResult | string {
  const runner = Runner.create({ program: o.program, progType: o.progType, init: o.init, seed: o.seed, cpu: o.cpu, cpus: o.cpus, strictAlign: o.strictAlign, budget: o.budget, perfReaders: o.perfReaders });
  if (typeof runner === "string") return runner;
  const repeat = Math.max(1, o.repeat ?? 1);
  let res = runner.run(o.input);
  if (res.status === "input") return res.error!;
  const trace = [...res.trace];
  // BPF_PROG_TEST_RUN's repeat: the same context again (the packet as the last run left it)
  for (let k = 1; k < repeat && res.status === "exit"; k++) {
    res = runner.again();
    trace.push(...res.trace);
  }
  const out = runner.output();
  const maps = runner.maps;
  return {
    r0: res.r0,
    fault: res.fault,
    packetOut: out.packet,
    ctxOut: out.ctx,
    maps: dumpMaps(maps, o.cpu ?? 0),
    innerMaps: Object.fromEntries(maps.maps.filter((m) => m instanceof MapOfMaps).map((m) => [m.def.name, m.innerMaps().map((s) => ({ key: s.key, entries: s.map.entries(o.cpu ?? 0) }))])),
    insnsExecuted: res.insns,
    trace,
  };
}
