import { Errno } from "../maps/types.ts";
import { queueArg } from "./queue.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_map_peek_elem(map, value): copies out the next element, leaving it. */
export const mapPeekElem: HelperImpl = {
  name: "map_peek_elem",
  call(rt, _m, label) {
    const m = queueArg(rt, label);
    const v = m.pop(true);
    if (!v) {
      rt.write(2, new Uint8Array(m.def.valueSize), label);
      return errno(Errno.ENOENT);
    }
    rt.write(2, v, label);
    return ok;
  },
};
