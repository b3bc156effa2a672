// Shared by the probe_read helpers. bpfplay's memory is the program's own regions, whose
// addresses are in the kernel half, and a kernel event's synthetic memory (events/kernel: user
// strings, kernel structs at real-looking addresses). The kernel refuses a user-half address for
// the kernel variants with -ERANGE and any other unreadable address with -EFAULT, zeroing dst
// either way; the user variants read only user memory.
import type { MemoryArea } from "../../isa/event_task.ts";
import type { Pair } from "../../isa/int64.ts";
import type { Run } from "../run.ts";
import { errno, ok, u32 } from "./types.ts";

const EFAULT = 14;
const ERANGE = 34;

/** The event's area holding the address, and the offset in it. */
function areaAt(areas: readonly MemoryArea[] | undefined, hi: number, lo: number, user: boolean): { bytes: Uint8Array; at: number } | undefined {
  if (!areas) return undefined;
  const addr = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  for (const a of areas) {
    if (a.space !== (user ? "user" : "kernel")) continue;
    if (addr >= a.addr && addr < a.addr + BigInt(a.bytes.length)) return { bytes: a.bytes, at: Number(addr - a.addr) };
  }
  return undefined;
}

export function probeRead(rt: Run, helper: string, str: boolean, user: boolean): Pair {
  const size = rt.argU32(2);
  const [hi, lo] = rt.arg(3);
  const area = areaAt(rt.opts.input.memory, hi, lo, user);
  const own = user || area ? undefined : rt.regionOf(hi, lo);
  const src = area ? { bytes: area.bytes, at: area.at, end: area.bytes.length } : own ? { bytes: own.r.bytes, at: own.at, end: own.r.end } : undefined;
  const fail = (e: number) => {
    rt.write(1, new Uint8Array(size), helper);
    return errno(e);
  };
  if (!src) return fail(!user && hi >= 0 ? ERANGE : EFAULT);
  if (!str) {
    if (src.at + size > src.end) return fail(EFAULT);
    rt.write(1, src.bytes.slice(src.at, src.at + size), helper);
    return ok;
  }
  if (size === 0) return ok;
  // copy up to size-1 bytes, stop after a NUL; always NUL-terminate; return the length with the NUL
  const out: number[] = [];
  for (let k = src.at; k < src.end && out.length < size - 1; k++) {
    out.push(src.bytes[k]);
    if (src.bytes[k] === 0) break;
  }
  if (out[out.length - 1] !== 0) out.push(0);
  rt.write(1, Uint8Array.from(out), helper);
  return u32(out.length);
}
