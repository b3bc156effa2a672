import { traceFormat } from "./trace_printk.ts";
import { errno } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
/** MAX_BPRINTF_VARARGS */
const MAX_ARGS = 12;

/**
 * long bpf_trace_vprintk(fmt, fmt_size, args, data_len): bpf_trace_printk with its arguments
 * in an array of u64s (data_len bytes, at most 12 of them), as bpf_printk uses for more than 3.
 */
export const traceVprintk: HelperImpl = {
  name: "trace_vprintk",
  call(rt, _m, label) {
    const len = rt.argU32(4);
    const [hi, lo] = rt.arg(3);
    if (len & 7 || len > MAX_ARGS * 8 || (len && hi === 0 && lo === 0)) return errno(EINVAL);
    const data = rt.read(3, len, label);
    const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const args = Array.from({ length: len / 8 }, (_, k) => v.getBigUint64(8 * k, true));
    return traceFormat(rt, label, args);
  },
};
