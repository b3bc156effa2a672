import { csumAdd, csumPartial } from "./csum.ts";
import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/**
 * s64 bpf_csum_diff(from, from_size, to, to_size, seed): the checksum of `to` minus that of
 * `from`, plus seed, folded to 16 bits (not complemented), as Linux 6.12+ returns it on every
 * architecture. Sizes need not be multiples of 4.
 */
export const csumDiff: HelperImpl = {
  name: "csum_diff",
  call(rt, _m, label) {
    const fromSize = rt.argU32(2);
    const toSize = rt.argU32(4);
    const seed = rt.argU32(5);
    const from = rt.read(1, fromSize, label);
    const to = rt.read(3, toSize, label);
    let sum: number;
    if (fromSize && toSize) sum = csumAdd(csumPartial(to, seed), ~csumPartial(from, 0) >>> 0);
    else if (toSize) sum = csumPartial(to, seed);
    else sum = ~csumPartial(from, ~seed >>> 0) >>> 0;
    return u32(from32to16(sum));
  },
};

function from32to16(x: number): number {
  let s = (x & 0xffff) + (x >>> 16);
  s = (s & 0xffff) + (s >>> 16);
  return s;
}
