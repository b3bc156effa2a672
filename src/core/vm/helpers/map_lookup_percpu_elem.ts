import { ArrayMap, HashMap } from "../maps/index.ts";
import type { HelperImpl } from "./types.ts";

/**
 * void *bpf_map_lookup_percpu_elem(map, key, cpu): the value another CPU has in a per-CPU map,
 * or NULL when the machine has no such CPU or the map no such key.
 */
export const mapLookupPercpuElem: HelperImpl = {
  name: "map_lookup_percpu_elem",
  call(rt, _m, label) {
    const map = rt.mapArg(1, label);
    const key = rt.read(2, map.def.keySize, label);
    const cpu = rt.argU32(3);
    const cpus = map instanceof ArrayMap || map instanceof HashMap ? map.cpus : 1;
    if (cpu >= cpus) return [0, 0];
    const v = map.lookup(key, cpu);
    return v ? rt.valuePtr(map, v, key) : [0, 0];
  },
};
