// Shared by the probe_read helpers. bpfplay's only memory is the program's own regions, whose
// addresses are in the kernel half. The kernel refuses a user-half address for the kernel
// variants with -ERANGE and any other unreadable address with -EFAULT, zeroing dst either way;
// the user variants fail on every kernel address (there is no user memory under test runs).
import type { Pair } from "../../isa/int64.ts";
import type { Run } from "../run.ts";
import { errno, ok, u32 } from "./types.ts";

const EFAULT = 14;
const ERANGE = 34;

export function probeRead(rt: Run, helper: string, str: boolean, user: boolean): Pair {
  const size = rt.argU32(2);
  const [hi, lo] = rt.arg(3);
  const src = user ? undefined : rt.regionOf(hi, lo);
  const fail = (e: number) => {
    rt.write(1, new Uint8Array(size), helper);
    return errno(e);
  };
  if (!src) return fail(!user && hi >= 0 ? ERANGE : EFAULT);
  if (!str) {
    if (src.at + size > src.r.end) return fail(EFAULT);
    rt.write(1, src.r.bytes.slice(src.at, src.at + size), helper);
    return ok;
  }
  if (size === 0) return ok;
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
