import { probeRead } from "./probe_read.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_probe_read_user(dst, size, unsafe_ptr) */
export const probeReadUser: HelperImpl = { name: "probe_read_user", call: (rt, _m, label) => probeRead(rt, label, false, true) };
