import { queueArg } from "./queue.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_map_push_elem(map, value, flags): BPF_EXIST overwrites the oldest when full. */
export const mapPushElem: HelperImpl = {
  name: "map_push_elem",
  call(rt, _m, label) {
    const m = queueArg(rt, label);
    const r = m.push(rt.read(2, m.def.valueSize, label), rt.argU32(3));
    return r ? errno(-r) : ok;
  },
};
