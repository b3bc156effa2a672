import type { HelperImpl } from "./types.ts";

/** void *bpf_map_lookup_elem(map, key): a pointer to the value, or NULL. */
export const mapLookupElem: HelperImpl = {
  name: "map_lookup_elem",
  call(rt) {
    const map = rt.mapArg(1, "bpf_map_lookup_elem");
    const key = rt.read(2, map.def.keySize, "bpf_map_lookup_elem");
    const v = map.lookup(key, rt.cpu);
    return v ? rt.valuePtr(map, v, key) : [0, 0];
  },
};
