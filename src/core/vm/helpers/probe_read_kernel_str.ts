import { probeRead } from "./probe_read.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_probe_read_kernel_str(dst, size, unsafe_ptr): the string's length with its NUL. */
export const probeReadKernelStr: HelperImpl = { name: "probe_read_kernel_str", call: (rt, _m, label) => probeRead(rt, label, true, false) };
