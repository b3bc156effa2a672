import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_map_update_elem(map, key, value, flags): BPF_ANY, BPF_NOEXIST or BPF_EXIST. */
export const mapUpdateElem: HelperImpl = {
  name: "map_update_elem",
  call(rt) {
    const map = rt.mapArg(1, "bpf_map_update_elem");
    const key = rt.read(2, map.def.keySize, "bpf_map_update_elem");
    const value = rt.read(3, map.def.valueSize, "bpf_map_update_elem");
    const r = map.update(key, value, rt.argU32(4), rt.cpu);
    return r ? errno(-r) : ok;
  },
};
