import { strto } from "./strto.ts";
import type { HelperImpl } from "./types.ts";

const ERANGE = 34;

/** long bpf_strtol(buf, buf_len, flags, long *res): characters consumed, or -EINVAL/-ERANGE (then *res = 0). */
export const strtol: HelperImpl = {
  name: "strtol",
  call: (rt, _m, label) =>
    strto(rt, label, (p) => {
      const v = p.negative ? BigInt.asIntN(64, -p.value) : BigInt.asIntN(64, p.value);
      // the magnitude must fit: -(2^63) does, 2^63 does not
      if (p.negative ? v > 0n : v < 0n) return -ERANGE;
      return v;
    }),
};
