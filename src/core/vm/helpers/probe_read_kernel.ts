import { probeRead } from "./probe_read.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_probe_read_kernel(dst, size, unsafe_ptr) */
export const probeReadKernel: HelperImpl = { name: "probe_read_kernel", call: (rt, _m, label) => probeRead(rt, label, false, false) };
