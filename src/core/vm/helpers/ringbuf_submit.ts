import { recordArg } from "./ringbuf.ts";
import type { HelperImpl } from "./types.ts";

/** void bpf_ringbuf_submit(data, flags) */
export const ringbufSubmit: HelperImpl = {
  name: "ringbuf_submit",
  call(rt) {
    const rec = recordArg(rt, "bpf_ringbuf_submit");
    rec.state = "committed";
    return [0, 0];
  },
};
