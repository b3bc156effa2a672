import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_map_update_elem(map, key, value, flags): BPF_ANY, BPF_NOEXIST or BPF_EXIST. */
export const mapUpdateElem: HelperImpl = {
  name: "map_update_elem",
  call(rt, _m, label) {
    const map = rt.mapArg(1, label);
    const key = rt.read(2, map.def.keySize, label);
    const value = rt.read(3, map.def.valueSize, label);
    const r = map.update(key, value, rt.argU32(4), rt.cpu);
    return r ? errno(-r) : ok;
  },
};
