import { ringbufArg } from "./ringbuf.ts";
import { u32, u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const BPF_RB_AVAIL_DATA = 0n;
const BPF_RB_RING_SIZE = 1n;
const BPF_RB_CONS_POS = 2n;
const BPF_RB_PROD_POS = 3n;

/**
 * u64 bpf_ringbuf_query(ringbuf, flags): the data not yet consumed, the ring's size, or the
 * consumer or producer position; 0 for any other flags. The producer position counts every
 * record reserved (8-byte header, padded to 8), submitted or not; nothing consumes during a
 * run, so the consumer stays at 0.
 */
export const ringbufQuery: HelperImpl = {
  name: "ringbuf_query",
  call(rt, _m, label) {
    const m = ringbufArg(rt, 1, label);
    const prod = m.records.reduce((n, r) => n + ((r.data.length + 8 + 7) & ~7), 0);
    switch (rt.argBig(2)) {
      case BPF_RB_AVAIL_DATA:
      case BPF_RB_PROD_POS:
        return u64(BigInt(prod));
      case BPF_RB_RING_SIZE:
        return u32(m.def.maxEntries);
      case BPF_RB_CONS_POS:
      default:
        return u32(0);
    }
  },
};
