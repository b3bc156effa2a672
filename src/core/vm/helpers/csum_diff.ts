import { csumAdd } from "./csum.ts";
import { errno, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** s64 bpf_csum_diff(from, from_size, to, to_size, seed): the partial checksum of to minus from, plus seed. */
export const csumDiff: HelperImpl = {
  name: "csum_diff",
  call(rt) {
    const fromSize = rt.argU32(2);
    const toSize = rt.argU32(4);
    if (fromSize % 4 || toSize % 4 || fromSize + toSize > 512 * 2) return errno(22);
    const from = rt.read(1, fromSize, "bpf_csum_diff");
    const to = rt.read(3, toSize, "bpf_csum_diff");
    let s = rt.argU32(5);
    const word = (b: Uint8Array, k: number) => (b[k] | (b[k + 1] << 8) | (b[k + 2] << 16) | (b[k + 3] << 24)) >>> 0;
    for (let k = 0; k < fromSize; k += 4) s = csumAdd(s, ~word(from, k) >>> 0);
    for (let k = 0; k < toSize; k += 4) s = csumAdd(s, word(to, k));
    return u32(s);
  },
};
