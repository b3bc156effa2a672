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
/** MAX_BPRINTF_BIN_ARGS: the buffer bpf_bprintf_prepare writes the arguments into. */
const BIN_MAX = 512;
/** The %p forms bpf_bprintf_prepare turns into text beforehand (the rest print the pointer itself). */
const PRE_FORMATTED = new Set(["pI4", "pi4", "pI6", "pi6", "pks", "pus", "pB"]);

/**
 * The kernel formats in two steps, and bpfplay does the same so the corner cases agree: first
 * bpf_bprintf_prepare packs the values into a buffer (integers and pointers 4-aligned, a %c as
 * one byte, strings and pre-formatted addresses as NUL-terminated text); then bstr_printf prints
 * the format from it. This is the first step.
 */
function pack(rt: Run, specs: readonly BprintfSpec[], args: readonly bigint[]): Uint8Array {
  const bin: number[] = [];
  const word = (v: bigint, n: number) => {
    while (bin.length % 4) bin.push(0);
    for (let k = 0; k < n; k++) bin.push(Number((v >> BigInt(8 * k)) & 0xffn));
  };
  const text = (b: Uint8Array) => {
    for (const x of b.subarray(0, Math.max(0, BIN_MAX - bin.length - 1))) bin.push(x);
    bin.push(0);
  };
  specs.forEach((s, k) => {
    const a = args[k];
    const [hi, lo] = [Number(BigInt.asIntN(32, a >> 32n)), Number(BigInt.asIntN(32, a))];
    // an address's bytes, or zeros where there is no memory (as copy_from_kernel_nofault fails)
    const bytesAt = (n: number) => {
      const at = rt.regionOf(hi, lo);
      return at && at.at + n <= at.r.end ? at.r.bytes.subarray(at.at, at.at + n) : new Uint8Array(n);
    };
    const ascii = (t: string) => Uint8Array.from(t, (c) => c.charCodeAt(0));
    switch (s.conv) {
      case "c":
        bin.push(Number(a & 0xffn));
        break;
      case "s":
      case "pks":
      case "pus":
        text(cString(rt, hi, lo));
        break;
      case "pI4":
      case "pi4":
        text(ascii(Array.from(bytesAt(4), (x) => (s.conv === "pi4" ? String(x).padStart(3, "0") : String(x))).join(".")));
        break;
      case "pI6":
      case "pi6": {
        const b = bytesAt(16);
        const groups = Array.from({ length: 8 }, (_, j) => hex(BigInt((b[2 * j] << 8) | b[2 * j + 1]), 4));
        text(ascii(s.conv === "pI6" ? groups.join(":") : groups.join("")));
        break;
      }
      case "pB": // a symbol and offset in the kernel; bpfplay has no symbols
        text(ascii(`0x${BigInt.asUintN(64, a).toString(16)}`));
        break;
      default: // integers, and pointers printed as themselves
        word(a, s.conv.startsWith("p") || s.long ? 8 : 4);
    }
  });
  return Uint8Array.from(bin);
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
 * The second step, bstr_printf: the format printed from the packed values into `size` bytes.
 * Returns the whole text's length and the bytes kept (at most size - 1, then a NUL). As in the
 * kernel, a pre-formatted %p form past the end of the output counts for nothing and leaves its
 * text in the buffer for the next conversion to read.
 */
function print(fmt: Uint8Array, specs: readonly BprintfSpec[], bin: Uint8Array, size: number): { length: number; out: Uint8Array } {
  const v = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  let at = 0;
  const u = (n: number): bigint => {
    at = (at + 3) & ~3;
    const x = at + n <= bin.length ? (n === 8 ? v.getBigUint64(at, true) : BigInt(v.getUint32(at, true))) : 0n;
    at += n;
    return x;
  };
  const str = (): string => {
    let end = bin.indexOf(0, at);
    if (end < 0) end = bin.length;
    const t = latin1(bin.subarray(at, end));
    at = end + 1;
    return t;
  };
  let out = "";
  const literal = (b: Uint8Array) => (out += latin1(b).replaceAll("%%", "%"));
  let from = 0;
  for (const s of specs) {
    literal(fmt.subarray(from, s.start));
    from = s.end;
    if (PRE_FORMATTED.has(s.conv)) {
      if (out.length < size) out += str();
      continue;
    }
    let t: string;
    switch (s.conv) {
      case "d":
      case "i": {
        const x = s.long ? BigInt.asIntN(64, u(8)) : BigInt.asIntN(32, u(4));
        t = (x < 0n ? "-" : s.flags.includes("+") ? "+" : s.flags.includes(" ") ? " " : "") + (x < 0n ? -x : x).toString();
        break;
      }
      case "u":
      case "x":
      case "X":
        t = u(s.long ? 8 : 4).toString(s.conv === "u" ? 10 : 16);
        if (s.conv === "X") t = t.toUpperCase();
        break;
      case "c":
        t = String.fromCharCode(at < bin.length ? bin[at] : 0);
        at++;
        break;
      case "s":
        t = str();
        break;
      default:
        // %p, %pK, %px, %ps, %pS: the address in hex (the kernel hashes a bare %p and names symbols; bpfplay has neither)
        t = hex(u(8), 16);
    }
    out += pad(s, t);
  }
  literal(fmt.subarray(from));
  const n = size > 0 ? Math.min(out.length, size - 1) : 0;
  const bytes = new Uint8Array(size > 0 ? n + 1 : 0);
  for (let k = 0; k < n; k++) bytes[k] = out.charCodeAt(k);
  return { length: out.length, out: bytes };
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
    const args = Array.from({ length: len / 8 }, (_, k) => v.getBigUint64(8 * k, true));
    const { length, out } = print(fmt, specs, pack(rt, specs, args), size);
    rt.write(1, out, label);
    return u32(length + 1);
  },
};
