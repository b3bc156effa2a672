import { MapOfMaps } from "../maps/index.ts";
import type { HelperImpl } from "./types.ts";

/** void *bpf_map_lookup_elem(map, key): a pointer to the value (in a map of maps, to the inner map), or NULL. */
export const mapLookupElem: HelperImpl = {
  name: "map_lookup_elem",
  call(rt, _m, label) {
    const map = rt.mapArg(1, label);
    // the key is only looked up, not kept: read into the run's scratch bytes (no copy made per call)
    const key = rt.readScratch(2, map.def.keySize, label);
    if (map instanceof MapOfMaps) {
      const inner = map.inner(key);
      return inner ? rt.mapPtr(inner) : [0, 0];
    }
    const v = map.lookup(key, rt.cpu);
    return v ? rt.valuePtr(map, v, key) : [0, 0];
  },
};
