import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_map_delete_elem(map, key) */
export const mapDeleteElem: HelperImpl = {
  name: "map_delete_elem",
  call(rt, _m, label) {
    const map = rt.mapArg(1, label);
    const r = map.delete(rt.read(2, map.def.keySize, label));
    return r ? errno(-r) : ok;
  },
};
