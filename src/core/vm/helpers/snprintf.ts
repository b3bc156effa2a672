import { parseBprintf } from "../../isa/bprintf.ts";
import type { BprintfSpec } from "../../isa/bprintf.ts";
import type { Run } from "../run.ts";
import { errno, isNull, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
/** MAX_BPRINTF_VARARGS */
const MAX_ARGS = 12;

/** The NUL-terminated bytes at an address, without the NUL (up to the end of its memory); empty where there is no memory. */
export function cString(rt: Run, hi: number, lo: number): Uint8Array {
  const at = rt.regionOf(hi, lo);
  if (!at) return new Uint8Array(0);
  const b = at.r.bytes.subarray(at.at, at.r.end);
  const nul = b.indexOf(0);
  return b.slice(0, nul < 0 ? b.length : nul);
}

const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
const hex = (v: bigint, digits: number) => v.toString(16).padStart(digits, "0");

/** One conversion's text before padding, as the kernel's vsnprintf prints the value it was given. */
function convert(rt: Run, s: BprintfSpec, a: bigint): string {
  const [hi, lo] = [Number(BigInt.asIntN(32, a >> 32n)), Number(BigInt.asIntN(32, a))];
  const bytesAt = (n: number) => {
    const at = rt.regionOf(hi, lo);
    return at && at.at + n <= at.r.end ? at.r.bytes.subarray(at.at, at.at + n) : new Uint8Array(n); // unreadable: zeros, as the kernel
  };
  switch (s.conv) {
    case "d":
    case "i": {
      const v = s.long ? BigInt.asIntN(64, a) : BigInt.asIntN(32, a);
      const sign = v < 0n ? "-" : s.flags.includes("+") ? "+" : s.flags.includes(" ") ? " " : "";
      return sign + (v < 0n ? -v : v).toString();
    }
    case "u":
      return BigInt.asUintN(s.long ? 64 : 32, a).toString();
    case "x":
      return BigInt.asUintN(s.long ? 64 : 32, a).toString(16);
    case "X":
      return BigInt.asUintN(s.long ? 64 : 32, a).toString(16).toUpperCase();
    case "c":
      return String.fromCharCode(Number(a & 0xffn));
    case "s":
    case "pks":
    case "pus":
      return latin1(cString(rt, hi, lo));
    case "pI4":
    case "pi4":
      return Array.from(bytesAt(4), (x) => (s.conv === "pi4" ? String(x).padStart(3, "0") : String(x))).join(".");
    case "pI6":
    case "pi6": {
      const b = bytesAt(16);
      const groups = Array.from({ length: 8 }, (_, k) => hex(BigInt((b[2 * k] << 8) | b[2 * k + 1]), 4));
      return s.conv === "pI6" ? groups.join(":") : groups.join("");
    }
    default:
      // %p, %pK, %px, %ps, %pS, %pB: the address in hex (the kernel hashes a bare %p and names symbols; bpfplay has neither)
      return hex(BigInt.asUintN(64, a), 16);
  }
}

/** The width: spaces before, or after with `-`, or zeros after the sign with `0` (integers only). */
function pad(s: BprintfSpec, text: string): string {
  if (text.length >= s.width) return text;
  if (s.flags.includes("-")) return text.padEnd(s.width);
  if (s.flags.includes("0") && "diuxX".includes(s.conv)) {
    const sign = /^[+\- ]/.test(text) ? text[0] : "";
    return sign + text.slice(sign.length).padStart(s.width - sign.length, "0");
  }
  return text.padStart(s.width);
}

/**
 * long bpf_snprintf(str, str_size, fmt, data, data_len): formats the u64s of data with the
 * constant format into str, truncated to str_size with a NUL; returns the length the whole text
 * has with its NUL, or -EINVAL (data_len not a multiple of 8 or over 12 values, data NULL, a
 * format the kernel refuses).
 */
export const snprintf: HelperImpl = {
  name: "snprintf",
  call(rt, _m, label) {
    const size = rt.argU32(2);
    const len = rt.argU32(5);
    if (len % 8 || len > MAX_ARGS * 8 || (len && isNull(rt.arg(4)))) return errno(EINVAL);
    const [fhi, flo] = rt.arg(3);
    const fmt = cString(rt, fhi, flo);
    const specs = parseBprintf(fmt, len / 8);
    if (!specs) return errno(EINVAL);
    const data = rt.read(4, len, label);
    const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let out = "";
    let from = 0;
    specs.forEach((s, k) => {
      out += latin1(fmt.subarray(from, s.start)).replaceAll("%%", "%") + pad(s, convert(rt, s, v.getBigUint64(8 * k, true)));
      from = s.end;
    });
    out += latin1(fmt.subarray(from)).replaceAll("%%", "%");
    if (size > 0) {
      const n = Math.min(out.length, size - 1);
      const bytes = new Uint8Array(n + 1);
      for (let k = 0; k < n; k++) bytes[k] = out.charCodeAt(k);
      rt.write(1, bytes, label);
    }
    return u32(out.length + 1);
  },
};
