import { strto } from "./strto.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;

/** long bpf_strtoul(buf, buf_len, flags, unsigned long *res): characters consumed, or -errno; a '-' is -EINVAL. */
export const strtoul: HelperImpl = {
  name: "strtoul",
  call: (rt, _m, label) => strto(rt, label, (p) => (p.negative ? -EINVAL : p.value)),
};
