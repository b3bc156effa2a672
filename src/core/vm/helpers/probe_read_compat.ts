import { probeRead } from "./probe_read.ts";
import type { HelperImpl } from "./types.ts";

/**
 * long bpf_probe_read(dst, size, unsafe_ptr) and bpf_probe_read_str: the old helpers from before
 * user and kernel memory were told apart. On x86-64 (non-overlapping address spaces) an address
 * in the user half is read as bpf_probe_read_user reads it, any other as bpf_probe_read_kernel.
 */
export const probeReadCompat: HelperImpl = { name: "probe_read", call: (rt, _m, label) => probeRead(rt, label, false, rt.arg(3)[0] >= 0) };
export const probeReadStrCompat: HelperImpl = { name: "probe_read_str", call: (rt, _m, label) => probeRead(rt, label, true, rt.arg(3)[0] >= 0) };
