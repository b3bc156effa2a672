// One file per map type; this picks the class for a definition.
import type { MapDef } from "../../program.ts";
import { ArrayMap } from "./array.ts";
import { CgroupStorageMap } from "./cgroup_storage.ts";
import { RedirectMap } from "./devmap.ts";
import { HashMap } from "./hash.ts";
import { MapOfMaps } from "./of_maps.ts";
import { PerfEventArrayMap } from "./perf_event_array.ts";
import { ProgArrayMap } from "./prog_array.ts";
import { QueueMap } from "./queue.ts";
import { ReuseportSockarrayMap } from "./reuseport_sockarray.ts";
import { RingbufMap } from "./ringbuf.ts";
import type { BpfMap } from "./types.ts";

export * from "./types.ts";
export { ArrayMap, CgroupStorageMap, HashMap, MapOfMaps, PerfEventArrayMap, ProgArrayMap, QueueMap, RedirectMap, ReuseportSockarrayMap, RingbufMap };
export type { ProgSlot } from "./prog_array.ts";
export type { RingRecord } from "./ringbuf.ts";

export const SUPPORTED_MAP_TYPES = ["array", "percpu_array", "hash", "percpu_hash", "lru_hash", "lru_percpu_hash", "queue", "stack", "ringbuf", "perf_event_array", "prog_array", "array_of_maps", "hash_of_maps", "cgroup_storage", "percpu_cgroup_storage", "reuseport_sockarray", "devmap", "devmap_hash", "cpumap", "xskmap"];

/** Creates a map, or says why the definition is not acceptable (the kernel's checks at creation). */
export function createMap(def: MapDef, cpus: number): BpfMap | string {
  const kv = (keyOk: boolean) => (keyOk && def.valueSize > 0 && def.maxEntries > 0 ? undefined : `map '${def.name}': invalid key_size ${def.keySize}, value_size ${def.valueSize} or max_entries ${def.maxEntries} for type ${def.type}`);
  let why: string | undefined;
  switch (def.type) {
    case "array":
    case "percpu_array":
      why = kv(def.keySize === 4);
      return why ?? new ArrayMap(def, def.type === "array" ? 1 : cpus);
    case "hash":
    case "percpu_hash":
    case "lru_hash":
    case "lru_percpu_hash":
      why = kv(def.keySize > 0);
      return why ?? new HashMap(def, def.type.includes("percpu") ? cpus : 1, def.type.startsWith("lru"));
    case "queue":
    case "stack":
      why = kv(def.keySize === 0);
      return why ?? new QueueMap(def, def.type === "stack");
    case "ringbuf":
      if (def.keySize !== 0 || def.valueSize !== 0 || def.maxEntries < 4096 || (def.maxEntries & (def.maxEntries - 1)) !== 0)
        return `map '${def.name}': a ringbuf needs key_size 0, value_size 0 and max_entries a power of 2 of at least 4096`;
      return new RingbufMap(def);
    case "perf_event_array":
      return new PerfEventArrayMap(def);
    case "prog_array":
      why = def.keySize === 4 && def.valueSize === 4 ? undefined : `map '${def.name}': a prog_array needs key_size 4 and value_size 4`;
      return why ?? new ProgArrayMap(def);
    case "cgroup_storage":
    case "percpu_cgroup_storage":
      // the kernel's cgroup_storage_map_alloc: a struct bpf_cgroup_storage_key or a u64 key, max_entries 0
      why = (def.keySize === 16 || def.keySize === 8) && def.valueSize > 0 && def.maxEntries === 0 ? undefined : `map '${def.name}': a ${def.type} needs key_size 16 (struct bpf_cgroup_storage_key) or 8, value_size > 0 and max_entries 0`;
      return why ?? new CgroupStorageMap(def, def.type === "cgroup_storage" ? 1 : cpus);
    case "reuseport_sockarray":
      why = def.keySize === 4 && (def.valueSize === 4 || def.valueSize === 8) && def.maxEntries > 0 ? undefined : `map '${def.name}': a reuseport_sockarray needs key_size 4, value_size 4 or 8 and max_entries > 0`;
      return why ?? new ReuseportSockarrayMap(def);
    case "devmap":
    case "devmap_hash":
    case "cpumap":
    case "xskmap":
      // a devmap value is an ifindex or struct bpf_devmap_val, a cpumap's a queue size or struct bpf_cpumap_val
      why = def.keySize === 4 && (def.valueSize === 4 || (def.valueSize === 8 && def.type !== "xskmap")) && def.maxEntries > 0 ? undefined : `map '${def.name}': a ${def.type} needs key_size 4, value_size 4${def.type === "xskmap" ? "" : " or 8"} and max_entries > 0`;
      return why ?? new RedirectMap(def, cpus);
    case "array_of_maps":
    case "hash_of_maps": {
      const inner = def.inner;
      if (!inner) return `map '${def.name}': a map of maps needs its inner map's definition`;
      if (inner.type === "array_of_maps" || inner.type === "hash_of_maps" || inner.type === "prog_array") return `map '${def.name}': an inner map may not be a ${inner.type}`;
      why = def.valueSize === 4 && (def.type === "hash_of_maps" || def.keySize === 4) && def.maxEntries > 0 ? undefined : `map '${def.name}': a ${def.type} needs value_size 4${def.type === "array_of_maps" ? ", key_size 4" : ""} and max_entries > 0`;
      if (why) return why;
      const first = createMap(inner, cpus);
      if (typeof first === "string") return first;
      // every inner map is made as the first one was (the definition is checked once)
      let spare: BpfMap | undefined = first;
      return new MapOfMaps(def, () => {
        const m = spare ?? (createMap(inner, cpus) as BpfMap);
        spare = undefined;
        return m;
      });
    }
    default:
      return `map '${def.name}': map type ${def.type} is not supported by bpfplay's VM (supported: ${SUPPORTED_MAP_TYPES.join(", ")})`;
  }
}
