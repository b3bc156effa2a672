// Reading the values a user types into an event (JSON numbers, decimal or 0x strings, IP addresses,
// names of constants) into the integers and bytes a record holds. Every reader returns a value or
// a message; nothing throws.

import { utf8 } from "../../isa/utf8.ts";
import type { FieldValue } from "./types.ts";

export type Read<T> = T | { readonly error: string };
export const failed = <T>(x: Read<T>): x is { readonly error: string } => typeof x === "object" && x !== null && !(x instanceof Uint8Array) && "error" in x && Object.keys(x).length === 1;

/** Constants a user may write by name where a number goes (the kernel's values). */
const NAMED: Readonly<Record<string, number>> = {
  AT_FDCWD: -100, AF_UNSPEC: 0, AF_UNIX: 1, AF_INET: 2, AF_INET6: 10,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_TRUNC: 0o1000, O_APPEND: 0o2000, O_CLOEXEC: 0o2000000,
  IPPROTO_TCP: 6, IPPROTO_UDP: 17, SOCK_STREAM: 1, SOCK_DGRAM: 2,
  TCP_ESTABLISHED: 1, TCP_SYN_SENT: 2, TCP_SYN_RECV: 3, TCP_FIN_WAIT1: 4, TCP_FIN_WAIT2: 5, TCP_TIME_WAIT: 6,
  TCP_CLOSE: 7, TCP_CLOSE_WAIT: 8, TCP_LAST_ACK: 9, TCP_LISTEN: 10, TCP_CLOSING: 11, TCP_NEW_SYN_RECV: 12,
  SIGKILL: 9, SIGTERM: 15, SIGINT: 2, SIGHUP: 1, SIGUSR1: 10, SIGSTOP: 19,
  ETH_P_IP: 0x0800, ETH_P_IPV6: 0x86dd, ETH_P_ARP: 0x0806,
};

/** The constants whose names start with `prefix` (TCP_, AF_, ETH_P_), in the table's order. */
export const constantNames = (prefix: string): string[] => Object.keys(NAMED).filter((k) => k.startsWith(prefix));

/** An integer field of `size` bytes: a JSON number, a decimal/0x string, true/false, a constant's name. */
export function readInt(v: FieldValue | undefined, size: number, _signed: boolean): Read<bigint> {
  if (v === undefined || v === null) return 0n;
  let n: bigint;
  if (typeof v === "boolean") n = v ? 1n : 0n;
  else if (typeof v === "number") {
    if (!Number.isInteger(v)) return { error: `${v} is not an integer` };
    n = BigInt(v);
  } else if (typeof v === "string") {
    const s = v.trim();
    if (s in NAMED) n = BigInt(NAMED[s]);
    else if (/^-?(0x[0-9a-f]+|0o[0-7]+|0b[01]+|\d+)$/i.test(s)) n = s.startsWith("-") ? -BigInt(s.slice(1)) : BigInt(s);
    else return { error: `'${v}' is not a number` };
  } else return { error: "a number was expected" };
  // either reading of the bytes is accepted, whatever the field's signedness: -1 and 0xff..ff alike
  const bits = BigInt(8 * size);
  if (n < -(1n << (bits - 1n)) || n > (1n << bits) - 1n) return { error: `${n} does not fit in ${size} byte${size === 1 ? "" : "s"}` };
  return BigInt.asUintN(Number(bits), n);
}

/** Little-endian bytes of an unsigned value. */
export function le(v: bigint, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = BigInt.asUintN(8 * size, v);
  for (let k = 0; k < size; k++, x >>= 8n) out[k] = Number(x & 0xffn);
  return out;
}

export function ipv4(s: string): Read<Uint8Array> {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m || m.slice(1).some((x) => Number(x) > 255)) return { error: `'${s}' is not an IPv4 address` };
  return Uint8Array.from(m.slice(1).map(Number));
}

export function ipv6(s: string): Read<Uint8Array> {
  const t = s.trim();
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  let text = t;
  let tail: number[] = [];
  if (v4) {
    const b = ipv4(v4[2]);
    if (failed(b)) return { error: `'${s}' is not an IPv6 address` };
    tail = [(b[0] << 8) | b[1], (b[2] << 8) | b[3]];
    text = v4[1].endsWith("::") ? v4[1] : v4[1].slice(0, -1);
  }
  const halves = text.split("::");
  if (halves.length > 2) return { error: `'${s}' is not an IPv6 address` };
  const group = (h: string) => (h === "" ? [] : h.split(":"));
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return { error: `'${s}' is not an IPv6 address` };
  const fill = 8 - head.length - rest.length - tail.length;
  if ((halves.length === 2 && fill < 1) || (halves.length === 1 && fill !== 0)) return { error: `'${s}' is not an IPv6 address` };
  const words = [...head.map((g) => parseInt(g, 16)), ...Array<number>(halves.length === 2 ? fill : 0).fill(0), ...rest.map((g) => parseInt(g, 16)), ...tail];
  const out = new Uint8Array(16);
  words.forEach((w, k) => {
    out[2 * k] = w >> 8;
    out[2 * k + 1] = w & 0xff;
  });
  return out;
}

/** An address field of `size` bytes (4 or 16): a dotted or colon string, or a list of byte values. */
export function readAddr(v: FieldValue | undefined, size: number): Read<Uint8Array> {
  if (v === undefined || v === null) return new Uint8Array(size);
  if (typeof v === "string") {
    if (size === 4) return ipv4(v);
    if (size === 16) return v.includes(":") ? ipv6(v) : (() => {
      const b = ipv4(v); // an IPv4 address in an IPv6 field: the mapped form ::ffff:a.b.c.d
      return failed(b) ? b : Uint8Array.from([...new Uint8Array(10), 0xff, 0xff, ...b]);
    })();
  }
  return readBytes(v, size);
}

/** A fixed array of bytes: a list of numbers, or a string (its UTF-8 bytes, NUL-padded). */
export function readBytes(v: FieldValue | undefined, size: number): Read<Uint8Array> {
  const out = new Uint8Array(size);
  if (v === undefined || v === null) return out;
  if (typeof v === "string") {
    const b = utf8(v);
    if (b.length > size) return { error: `'${v}' is longer than ${size} bytes` };
    out.set(b);
    return out;
  }
  if (Array.isArray(v)) {
    if (v.length > size) return { error: `${v.length} values for ${size} bytes` };
    for (let k = 0; k < v.length; k++) {
      const b = readInt(v[k] as FieldValue, 1, false);
      if (failed(b)) return { error: `[${k}]: ${b.error}` };
      out[k] = Number(b);
    }
    return out;
  }
  return { error: "a string or a list of bytes was expected" };
}

/** A char array (`comm[16]`): the string, cut to size - 1 so it keeps its NUL, as the kernel's strscpy does. */
export function readChars(v: FieldValue | undefined, size: number): Read<Uint8Array> {
  if (typeof v !== "string") return readBytes(v, size);
  const out = new Uint8Array(size);
  out.set(utf8(v).subarray(0, size - 1));
  return out;
}

export { utf8 };

/** A NUL-terminated string's bytes. */
export function cString(s: string): Uint8Array {
  const b = utf8(s);
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}
