import type { Pair } from "../../isa/int64.ts";
import type { Run } from "../run.ts";
import { printk } from "./printk_format.ts";
import { errno, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;

/**
 * The format in arguments 1 (fmt) and 2 (fmt_size), formatted with `args` into one trace
 * entry, which bpfplay shows as trace_pipe would; the bytes written, or -EINVAL.
 */
export function traceFormat(rt: Run, label: string, args: readonly bigint[]): Pair {
  const size = rt.argU32(2);
  if (size === 0) return errno(EINVAL);
  const raw = rt.read(1, size, label);
  if (raw[size - 1] !== 0) return errno(EINVAL); // the format must be NUL-terminated within fmt_size
  const fmt = String.fromCharCode(...raw.subarray(0, raw.indexOf(0)));
  const str = (a: bigint) => {
    const [hi, lo] = [Number(BigInt.asIntN(32, a >> 32n)), Number(BigInt.asIntN(32, a))];
    const at = rt.regionOf(hi, lo);
    if (!at) return "(efault)";
    let s = "";
    for (let k = at.at; k < at.r.end && at.r.bytes[k] !== 0; k++) s += String.fromCharCode(at.r.bytes[k]);
    return s;
  };
  const text = printk(fmt, args, str);
  if (text === undefined) return errno(EINVAL);
  // one trace entry per call; the kernel adds the newline, so trailing ones carry nothing
  rt.trace.push(text.replace(/\n+$/, ""));
  return u32(text.length);
}

/**
 * long bpf_trace_printk(fmt, fmt_size, arg1, arg2, arg3): formats into the trace buffer.
 * Returns the number of bytes written.
 */
export const tracePrintk: HelperImpl = {
  name: "trace_printk",
  call: (rt, _m, label) => traceFormat(rt, label, [rt.argBig(3), rt.argBig(4), rt.argBig(5)]),
};
