import { recordArg } from "./ringbuf.ts";
import type { HelperImpl } from "./types.ts";

/** void bpf_ringbuf_discard(data, flags) */
export const ringbufDiscard: HelperImpl = {
  name: "ringbuf_discard",
  call(rt) {
    const rec = recordArg(rt, "bpf_ringbuf_discard");
    rec.state = "discarded";
    return [0, 0];
  },
};
