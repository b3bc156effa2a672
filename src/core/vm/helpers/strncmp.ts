import { cString } from "./snprintf.ts";
import { ok, u32, u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/**
 * long bpf_strncmp(s1, s1_sz, s2): the kernel's strncmp(s1, s2, s1_sz), byte by byte as unsigned
 * chars up to a NUL: -1, 0 or 1. s2 is a constant string (the verifier found its NUL).
 */
export const strncmp: HelperImpl = {
  name: "strncmp",
  call(rt, _m, label) {
    const n = rt.argU32(2);
    const s1 = rt.read(1, n, label);
    const [hi, lo] = rt.arg(3);
    const s2 = cString(rt, hi, lo);
    for (let k = 0; k < n; k++) {
      const a = s1[k];
      const b = k < s2.length ? s2[k] : 0;
      if (a !== b) return a < b ? u64(-1n) : u32(1);
      if (a === 0) break;
    }
    return ok;
  },
};
