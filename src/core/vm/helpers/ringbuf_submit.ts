import { recordArg } from "./ringbuf.ts";
import type { HelperImpl } from "./types.ts";

/** void bpf_ringbuf_submit(data, flags) */
export const ringbufSubmit: HelperImpl = {
  name: "ringbuf_submit",
  call(rt, _m, label) {
    const rec = recordArg(rt, label);
    rec.state = "committed";
    return [0, 0];
  },
};
