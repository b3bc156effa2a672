import { ringbufArg } from "./ringbuf.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_ringbuf_output(ringbuf, data, size, flags): copies a record in; -EAGAIN when full. */
export const ringbufOutput: HelperImpl = {
  name: "ringbuf_output",
  call(rt, _m, label) {
    const m = ringbufArg(rt, 1, label);
    if (rt.argBig(4) & ~3n) return errno(22); // BPF_RB_NO_WAKEUP | BPF_RB_FORCE_WAKEUP
    const r = m.output(rt.read(2, rt.argU32(3), label));
    return r ? errno(-r) : ok;
  },
};
