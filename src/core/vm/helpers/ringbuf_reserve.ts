import { ringbufArg } from "./ringbuf.ts";
import type { HelperImpl } from "./types.ts";

/** void *bpf_ringbuf_reserve(ringbuf, size, flags): a record to fill, or NULL when full. */
export const ringbufReserve: HelperImpl = {
  name: "ringbuf_reserve",
  call(rt, _m, label) {
    const m = ringbufArg(rt, 1, label);
    if (rt.argBig(3) !== 0n) return [0, 0];
    const rec = m.reserve(rt.argU32(2));
    if (!rec) return [0, 0];
    rt.records.set(rec.data, rec);
    return rt.region("ringbuf", `ringbuf ${m.def.name} record ${m.records.length - 1}`, rec.data);
  },
};
