import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_get_current_comm(buf, size): the task name, NUL-terminated and NUL-padded. */
export const getCurrentComm: HelperImpl = {
  name: "get_current_comm",
  call(rt, _m, label) {
    const size = rt.argU32(2);
    if (size === 0) return errno(22);
    const out = new Uint8Array(size);
    const comm = rt.opts.world.comm;
    for (let k = 0; k < Math.min(comm.length, size - 1, 15); k++) out[k] = comm.charCodeAt(k);
    rt.write(1, out, label);
    return ok;
  },
};
