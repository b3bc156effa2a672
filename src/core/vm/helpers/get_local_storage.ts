import { CgroupStorageMap } from "../maps/cgroup_storage.ts";
import type { HelperImpl } from "./types.ts";

/**
 * void *bpf_get_local_storage(map, flags): the cgroup storage of the program's cgroup (this
 * CPU's value in a per-CPU storage); never NULL. The verifier has checked the map's type.
 */
export const getLocalStorage: HelperImpl = {
  name: "get_local_storage",
  call(rt, _m, label) {
    const map = rt.mapArg(1, label);
    if (!(map instanceof CgroupStorageMap)) return rt.fault(`${label}: map '${map.def.name}' is a ${map.def.type}, not a cgroup storage`);
    return rt.valuePtr(map, map.storage(rt.cpu));
  },
};
