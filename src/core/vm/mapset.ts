// The maps of a session: created once from the program's definitions, shared by every run
// (with --repeat, and across debugger restarts until the user resets them).
import type { MapDef, Program } from "../program.ts";
import { ArrayMap, CgroupStorageMap, createMap, HashMap, MapOfMaps, PerfEventArrayMap, ProgArrayMap, QueueMap, RingbufMap } from "./maps/index.ts";
import type { BpfMap, ProgSlot } from "./maps/index.ts";

export interface MapSet {
  readonly maps: readonly BpfMap[];
  byName(name: string): BpfMap | undefined;
}

/** `progs`: the programs a prog array's initial slots name (MapDef.slots), by function name. */
export function createMapSet(defs: readonly MapDef[], cpus: number, progs?: (name: string) => ProgSlot | undefined): MapSet | string {
  const maps: BpfMap[] = [];
  for (const declared of defs) {
    // as libbpf loads it: a perf event array declared without max_entries gets a slot per CPU
    const d = declared.type === "perf_event_array" && declared.maxEntries === 0 ? { ...declared, maxEntries: cpus } : declared;
    const m = createMap(d, cpus);
    if (typeof m === "string") return m;
    // Global data (.rodata, .data, .bss) starts as the object file's section, as libbpf loads it.
    if (d.init) {
      const why = initEntry(m, new Uint8Array(d.keySize), d.init);
      if (why) return why;
    }
    maps.push(m);
  }
  const byName = (name: string) => maps.find((m) => m.def.name === name);
  for (const m of maps) {
    const why = fillSlots(m, byName, progs);
    if (why) return why;
  }
  return { maps, byName };
}

/**
 * The initial slots of a prog array or a map of maps, as libbpf fills them at load: each program
 * or inner map the definition names (a map of maps then holds exactly those).
 */
function fillSlots(m: BpfMap, byName: (n: string) => BpfMap | undefined, progs?: (name: string) => ProgSlot | undefined): string | undefined {
  const d = m.def;
  const inner: { index: number; map: BpfMap }[] = [];
  for (const s of d.slots ?? []) {
    if (s.index >= d.maxEntries) return `map '${d.name}': can't initialize slot ${s.index} beyond max_entries ${d.maxEntries}`;
    if (s.prog !== undefined && m instanceof ProgArrayMap) {
      const p = progs?.(s.prog);
      if (p) m.set(s.index, p);
    } else if (s.map !== undefined) {
      const map = byName(s.map);
      if (!map || !(m instanceof MapOfMaps)) return `map '${d.name}': slot ${s.index} names map '${s.map}', which bpfplay cannot put there`;
      inner.push({ index: s.index, map });
    }
  }
  if (inner.length && m instanceof MapOfMaps && m.fill(inner)) return `map '${d.name}': its slots name maps of another shape than its inner map`;
  return undefined;
}

/** The maps of a program, with prog-array slots filled from its peers (Program.peers) and itself. */
export function createProgramMaps(program: Program, cpus: number): MapSet | string {
  const peer = (name: string): ProgSlot | undefined => {
    const p = program.peers?.find((x) => x.name === name);
    if (p) return { name, insns: p.insns };
    return name === program.name ? { name, insns: program.insns } : undefined;
  };
  return createMapSet(program.maps, cpus, peer);
}

/** An update from user space (--init): per-CPU maps get the value on every CPU. */
export function initEntry(m: BpfMap, key: Uint8Array, value: Uint8Array | ProgSlot): string | undefined {
  const d = m.def;
  if (m instanceof ProgArrayMap) {
    if (value instanceof Uint8Array) return `map '${d.name}': a prog_array slot takes a program, not bytes`;
    const i = (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
    return m.set(i, value) ? `map '${d.name}': index ${i} is out of range` : undefined;
  }
  if (!(value instanceof Uint8Array)) return `map '${d.name}' holds bytes, not programs`;
  if (m instanceof MapOfMaps) {
    // user space puts a map in: a fresh inner map at the key (the value, a map's fd, says nothing here)
    const err = m.add(key);
    return err ? `map '${d.name}': adding an inner map failed with errno ${-err}` : undefined;
  }
  if (key.length !== d.keySize) return `map '${d.name}': key is ${key.length} bytes, key_size is ${d.keySize}`;
  if (value.length !== d.valueSize) return `map '${d.name}': value is ${value.length} bytes, value_size is ${d.valueSize}`;
  let err: number;
  if (m instanceof ArrayMap || m instanceof CgroupStorageMap) err = m.updateAll(key, value);
  else if (m instanceof HashMap) err = m.update(key, value, 0, 0, true);
  else err = m.update(key, value, 0, 0);
  return err ? `map '${d.name}': update failed with errno ${-err}` : undefined;
}

export interface InitEntry {
  readonly map: string;
  readonly key: Uint8Array;
  /** Bytes, or for a prog_array a program: a label of this program (the tail-call target). */
  readonly value: Uint8Array | { readonly label: string };
}

export type MapDump =
  | { readonly kind: "entries"; readonly entries: readonly { key: Uint8Array; value: Uint8Array }[] }
  | { readonly kind: "records"; readonly records: readonly { data: Uint8Array; discarded: boolean }[] };

export interface SessionMapOptions {
  /**
   * A consumer on every perf event array, as a user-space tool (bcc, libbpf's perf_buffer) has: a
   * perf event per CPU, so bpf_perf_event_output to the current CPU's slot delivers a sample.
   * Without (the default) no perf event is open, as under BPF_PROG_TEST_RUN, and the helper fails
   * with -ENOENT: what the kernel comparisons expect.
   */
  readonly perfReaders?: boolean;
}

/**
 * A run's maps, as a test run has them: the program's (prog-array slots filled from its peers),
 * then the --init entries (bytes, or for a prog array a label of this program). A problem is a message.
 */
export function sessionMaps(program: Program, cpus: number, init: readonly InitEntry[], o: SessionMapOptions = {}): MapSet | string {
  const maps = createProgramMaps(program, cpus);
  if (typeof maps === "string") return maps;
  if (o.perfReaders) for (const m of maps.maps) if (m instanceof PerfEventArrayMap) m.readers = cpus;
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
