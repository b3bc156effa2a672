import { recordArg } from "./ringbuf.ts";
import type { HelperImpl } from "./types.ts";

/** void bpf_ringbuf_discard(data, flags) */
export const ringbufDiscard: HelperImpl = {
  name: "ringbuf_discard",
  call(rt, _m, label) {
    const rec = recordArg(rt, label);
    rec.state = "discarded";
    return [0, 0];
  },
};
