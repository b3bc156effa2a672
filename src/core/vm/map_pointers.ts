// The pointers a run hands out to maps and map values: a region per map object (ld_imm64 src 1
// and 5; not dereferenceable), per inner map a lookup in a map of maps returns, and per map
// value's storage. Each is made once per run and handed out again after; the lazily made ones
// are forgotten with the run's lazy regions (refill.ts). And what ld_imm64's pseudo sources
// load: these pointers, a map value's address, a function's.

import type { Pair } from "../isa/int64.ts";
import { HI_TAG, LO_BASE } from "./memory.ts";
import type { Memory, Region } from "./memory.ts";
import type { BpfMap } from "./maps/index.ts";
import type { MapSet } from "./mapset.ts";
import type { Run } from "./run.ts";

export class MapPointers {
  /** Regions that stand for map objects (ld_imm64 src 1): not dereferenceable. */
  private readonly objects: Region[];
  /** Inner maps handed out by lookups in maps of maps, by region id and back. */
  private innerObjects = new Map<number, BpfMap>();
  private innerIds = new Map<BpfMap, number>();
  /** Pointers to map values handed out, by value storage (read at once by callers: one pair each). */
  private values = new Map<Uint8Array, Pair>();
  /** Pointers to the maps (ld_imm64 src 1 and 5), by map index. */
  private mapPairs: Pair[] = [];
  private lastValue?: Uint8Array = undefined;
  private lastValuePtr: Pair = [0, 0];

  constructor(
    private readonly mem: Memory,
    private readonly maps: MapSet,
  ) {
    this.objects = maps.maps.map((m) => mem.add("map_value", `map ${m.def.name}`, new Uint8Array(0), false));
  }

  /** The map a pointer points at (from ld_imm64 src 1, or a lookup in a map of maps), if it is one. */
  mapAt(hi: number, lo: number): BpfMap | undefined {
    const id = (hi & 0xff000000) === HI_TAG ? hi & 0xffffff : -1;
    let k = this.objects.length - 1;
    while (k >= 0 && this.objects[k].id !== id) k--;
    const inner = k < 0 ? this.innerObjects.get(id) : undefined;
    if ((k < 0 && !inner) || lo !== LO_BASE) return undefined;
    return inner ?? this.maps.maps[k];
  }

  /** The pointer to map `index` (ld_imm64 src 1 and 5). */
  map(index: number): Pair {
    return (this.mapPairs[index] ??= [HI_TAG | this.objects[index].id, LO_BASE]);
  }

  /** The pointer a program gets to an inner map (a lookup in a map of maps): one region per map, per run. */
  inner(map: BpfMap): Pair {
    let id = this.innerIds.get(map);
    if (id === undefined) {
      id = this.mem.add("map_value", `map ${map.def.name}`, new Uint8Array(0), false).id;
      this.innerIds.set(map, id);
      this.innerObjects.set(id, map);
    }
    return [HI_TAG | id, LO_BASE];
  }

  /** The pointer a program gets to a map value: one region per value storage, per run. */
  value(map: BpfMap, storage: Uint8Array, key?: Uint8Array): Pair {
    // the same value as the last call's (a counter bumped per packet) needs no look-up
    if (storage === this.lastValue) return this.lastValuePtr;
    let p = this.values.get(storage);
    if (!p) {
      const k = key ? ` key ${[...key].map((b) => b.toString(16).padStart(2, "0")).join("")}` : "";
      const r = this.mem.add("map_value", `map ${map.def.name} value${k}`, storage, true);
      this.values.set(storage, (p = [HI_TAG | r.id, LO_BASE]));
    }
    this.lastValue = storage;
    return (this.lastValuePtr = p);
  }

  /** Forgets the pointers made lazily (inner maps, values), whose regions the run drops. */
  forgetLazy(): void {
    this.values.clear();
    this.lastValue = undefined;
    this.innerIds.clear();
    this.innerObjects.clear();
  }
}

/** What ld_imm64 with a pseudo source loads (Machine.resolvePseudo): a map, a map value's address, a function's; undefined for a source it does not know. */
export function pseudoPointer(run: Run, src: number, imm: number, imm2: number, pc: number): Pair | undefined {
  if (src === 4) return [HI_TAG | run.code.id, (LO_BASE + 8 * (pc + imm + 1)) | 0];
  const maps = run.opts.maps.maps;
  const index = imm >>> 0;
  if (index >= maps.length) run.fault(`ld_imm64: map index ${index} is out of range (${maps.length} map(s))`);
  if (src === 1 || src === 5) return run.pointers.map(index);
  if (src === 2 || src === 6) {
    const m = maps[index];
    const v = m.lookup(new Uint8Array(4), run.cpu);
    if (!v || m.def.type !== "array") run.fault(`ld_imm64: direct value access needs an array map, and '${m.def.name}' is a ${m.def.type}`);
    const [hi, lo] = run.valuePtr(m, v, new Uint8Array(4));
    return [hi, (lo + imm2) | 0];
  }
  return undefined;
}
