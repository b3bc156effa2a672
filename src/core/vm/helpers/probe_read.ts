// Shared by the probe_read helpers: bpfplay has no kernel or user memory apart from the
// program's own regions, so a read of any other address fails with -EFAULT and zeroes dst,
// as the kernel does.
import type { Run } from "../run.ts";
import { errno, ok, u32 } from "./types.ts";
import type { Pair } from "../int64.ts";

const EFAULT = 14;

export function probeRead(rt: Run, helper: string, str: boolean): Pair {
  const size = rt.argU32(2);
  const [hi, lo] = rt.arg(3);
  const src = rt.regionOf(hi, lo);
  if (!src || (!str && src.at + size > src.r.end)) {
    rt.write(1, new Uint8Array(size), helper);
    return errno(EFAULT);
  }
  if (!str) {
    rt.write(1, src.r.bytes.slice(src.at, src.at + size), helper);
    return ok;
  }
  if (size === 0) return errno(22);
  // copy up to size-1 bytes, stop after a NUL; always NUL-terminate; return the length with the NUL
  const out: number[] = [];
  for (let k = src.at; k < src.r.end && out.length < size - 1; k++) {
    out.push(src.r.bytes[k]);
    if (src.r.bytes[k] === 0) break;
  }
  if (out[out.length - 1] !== 0) out.push(0);
  rt.write(1, Uint8Array.from(out), helper);
  return u32(out.length);
}
