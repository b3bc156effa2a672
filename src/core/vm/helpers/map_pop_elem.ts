import { Errno } from "../maps/types.ts";
import { queueArg } from "./queue.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_map_pop_elem(map, value): copies out and removes the next element. */
export const mapPopElem: HelperImpl = {
  name: "map_pop_elem",
  call(rt, _m, label) {
    const m = queueArg(rt, label);
    const v = m.pop(false);
    if (!v) {
      rt.write(2, new Uint8Array(m.def.valueSize), label);
      return errno(Errno.ENOENT);
    }
    rt.write(2, v, label);
    return ok;
  },
};
