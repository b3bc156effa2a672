// What bpf_strtol and bpf_strtoul share: the kernel's __bpf_strtoull, which reads at most 63
// characters after leading white space and a '-', with lib/kstrtox.c's radix rules.
import type { Run } from "../run.ts";
import { errno, u32 } from "./types.ts";
import type { Pair } from "../../isa/int64.ts";

const EINVAL = 22;
const ERANGE = 34;
const BASE_MASK = 0x1fn;
/** The characters copied into the kernel's 64-byte buffer, less its NUL. */
const MAX_CHARS = 63;
const U64_MAX = (1n << 64n) - 1n;

/** The kernel's isspace(): the C white space and Latin-1's no-break space (lib/ctype.c). */
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;

export interface Parsed {
  readonly consumed: number;
  readonly value: bigint;
  readonly negative: boolean;
}

/** __bpf_strtoull: characters consumed, the magnitude and its sign, or -errno. */
export function strtoull(buf: Uint8Array, flags: bigint): Parsed | number {
  let base = Number(flags & BASE_MASK);
  if (buf.length === 0 || (base !== 0 && base !== 8 && base !== 10 && base !== 16) || flags & ~BASE_MASK) return -EINVAL;
  let at = 0;
  while (at < buf.length && isSpace(buf[at])) at++;
  const negative = at < buf.length && buf[at] === 0x2d;
  if (negative) at++;
  if (at === buf.length) return -EINVAL;
  // the kernel works on a NUL-terminated copy of what is left
  const s = [...buf.subarray(at, at + MAX_CHARS), 0];
  const lower = (c: number) => c | 0x20;
  let i = 0;
  if (base === 0) base = s[0] === 0x30 ? (lower(s[1]) === 0x78 && isHex(s[2]) ? 16 : 8) : 10;
  if (base === 16 && s[0] === 0x30 && lower(s[1]) === 0x78) i = 2;
  const start = i;
  let value = 0n;
  let overflow = false;
  for (; i < s.length; i++) {
    const c = s[i];
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : lower(c) >= 0x61 && lower(c) <= 0x66 ? lower(c) - 0x61 + 10 : 99;
    if (d >= base) break;
    value = value * BigInt(base) + BigInt(d);
    if (value > U64_MAX) overflow = true;
  }
  if (overflow) return -ERANGE;
  if (i === start) return -EINVAL;
  return { consumed: at + i, value: value & U64_MAX, negative };
}

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);

/** Reads the string argument, zeroes *res, and writes it when the parse gives a value. */
export function strto(rt: Run, label: string, finish: (p: Parsed) => bigint | number): Pair {
  const buf = rt.read(1, rt.argU32(2), label);
  rt.write(4, new Uint8Array(8), label);
  const p = strtoull(buf, rt.argBig(3));
  if (typeof p === "number") return errno(-p);
  const res = finish(p);
  if (typeof res === "number") return errno(-res);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, res), true);
  rt.write(4, out, label);
  return u32(p.consumed);
}
