// The values of literals: integer constants with C17's type rules, character constants and string
// literals with their escapes.

import { INT, LONG, UINT, ULONG, type CType } from "./types.ts";

export type NumberValue =
  | { readonly kind: "int"; readonly value: bigint; readonly type: CType; readonly warning?: string }
  | { readonly kind: "float" }
  | { readonly kind: "error"; readonly message: string };

const MAX31 = (1n << 31n) - 1n;
const MAX32 = (1n << 32n) - 1n;
const MAX63 = (1n << 63n) - 1n;
const MAX64 = (1n << 64n) - 1n;

/**
 * Results by spelling: a literal's value is a function of its text alone and NumberValues are
 * immutable, so the headers' thousands of literals are decoded once, not on every compile.
 * Bounded: cleared when full, so editing cannot grow it without limit.
 */
const DECODED = new Map<string, NumberValue>();
const MAX_DECODED = 20_000;

/** The value and type of a pp-number as an integer constant (6.4.4.1), or why it is not one. */
export function parseNumber(text: string): NumberValue {
  let r = DECODED.get(text);
  if (r === undefined) {
    if (DECODED.size >= MAX_DECODED) DECODED.clear();
    r = decode(text);
    DECODED.set(text, r);
  }
  return r;
}

function decode(text: string): NumberValue {
  // Fast path: a short decimal without suffix (most literals in vmlinux.h's enums and arrays).
  if (text.length < 10) {
    let v = 0;
    let k = 0;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (k === text.length && (text.length === 1 || text.charCodeAt(0) !== 48)) return { kind: "int", value: BigInt(v), type: INT };
  }
  let s = text;
  let base = 10;
  let digits: string;
  const lower = s.toLowerCase();
  if (lower.startsWith("0x")) {
    base = 16;
    s = s.slice(2);
  } else if (lower.startsWith("0b")) {
    base = 2;
    s = s.slice(2);
  } else if (s.length > 1 && s[0] === "0") base = 8;
  const m = base === 16 ? /^([0-9a-fA-F]*)(.*)$/.exec(s)! : /^([0-9]*)(.*)$/.exec(s)!;
  digits = m[1];
  const suffix = m[2].toLowerCase();
  if (base !== 16 && (/^[.e]/.test(suffix) || /^[0-9]*[.e]/.test(suffix))) return { kind: "float" };
  if (base === 16 && /^[.p]/.test(suffix)) return { kind: "float" };
  if (/^(f|l)$/.test(suffix) && text.includes(".")) return { kind: "float" };
  let unsigned = false;
  let longs = 0;
  switch (suffix) {
    case "": break;
    case "u": unsigned = true; break;
    case "l": longs = 1; break;
    case "ll": longs = 2; break;
    case "ul": case "lu": unsigned = true; longs = 1; break;
    case "ull": case "llu": unsigned = true; longs = 2; break;
    default:
      if (/^[fd]$/.test(suffix)) return { kind: "float" };
      return { kind: "error", message: `invalid suffix '${m[2]}' on integer constant` };
  }
  if (digits === "") {
    if (base === 8) digits = "0";
    else return { kind: "error", message: `invalid suffix '${m[2] || text.slice(1)}' on integer constant` };
  }
  if (base === 8 && /[89]/.test(digits)) return { kind: "error", message: `invalid digit '${/[89]/.exec(digits)![0]}' in octal constant` };
  let value = 0n;
  const b = BigInt(base);
  for (const ch of digits) value = value * b + BigInt(parseInt(ch, base));
  if (value > MAX64) return { kind: "error", message: "integer literal is too large to be represented in any integer type" };
  const decimal = base === 10;
  // Candidate types in order (int, unsigned int where allowed, long, unsigned long); long long is long.
  const fitsInt = value <= MAX31;
  const fitsUint = value <= MAX32;
  const fitsLong = value <= MAX63;
  if (longs === 0) {
    if (!unsigned) {
      if (fitsInt) return { kind: "int", value, type: INT };
      if (!decimal && fitsUint) return { kind: "int", value, type: UINT };
    } else if (fitsUint) return { kind: "int", value, type: UINT };
  }
  if (!unsigned && fitsLong) return { kind: "int", value, type: LONG };
  if (!unsigned && decimal)
    return { kind: "int", value, type: ULONG, warning: "integer literal is too large to be represented in a signed integer type, interpreting as unsigned" };
  return { kind: "int", value, type: ULONG };
}

const SIMPLE: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, "\\": 92, "'": 39, '"': 34, "?": 63 };

/** Decode the escapes of a literal's body (between the quotes) to code units, or report the first bad one. */
function unescape(body: string): { units: number[]; error?: string } {
  const units: number[] = [];
  let error: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c < 128) units.push(c);
      else {
        // UTF-8, as clang stores a source character outside ASCII.
        const cp = body.codePointAt(i)!;
        if (cp > 0xffff) i++;
        if (cp < 0x800) units.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
        else if (cp < 0x10000) units.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
        else units.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      }
      continue;
    }
    const e = body[++i];
    if (e === undefined) break;
    if (e in SIMPLE) units.push(SIMPLE[e]);
    else if (e === "x") {
      let j = i + 1;
      while (j < body.length && /[0-9a-fA-F]/.test(body[j])) j++;
      if (j === i + 1) error ??= "\\x used with no following hex digits";
      units.push(parseInt(body.slice(i + 1, j) || "0", 16) & 0xff);
      i = j - 1;
    } else if (e >= "0" && e <= "7") {
      let j = i;
      while (j < body.length && j < i + 3 && body[j] >= "0" && body[j] <= "7") j++;
      units.push(parseInt(body.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else {
      units.push(e.charCodeAt(0));
      error ??= `unknown escape sequence '\\${e}'`;
    }
  }
  return { units, error };
}

/** The bytes of a string literal token's text (with quotes and prefix), without the terminating NUL. */
export function stringBytes(text: string): { bytes: number[]; error?: string } {
  const q = text.indexOf('"');
  const { units, error } = unescape(text.slice(q + 1, text.endsWith('"') && text.length > q + 1 ? -1 : undefined));
  return { bytes: units, error };
}

/** The value of a character constant (type int; a plain char is signed on BPF as on x86). */
export function charValue(text: string): { value: bigint; error?: string } {
  const q = text.indexOf("'");
  const body = text.slice(q + 1, text.endsWith("'") && text.length > q + 1 ? -1 : undefined);
  const { units, error } = unescape(body);
  if (units.length === 0) return { value: 0n, error: "empty character constant" };
  if (q > 0) return { value: BigInt(units[0]), error };
  // Multi-character constants pack big-endian as clang does; one char is sign-extended from 8 bits.
  if (units.length === 1) return { value: BigInt(units[0] >= 128 ? units[0] - 256 : units[0]), error };
  let v = 0n;
  for (const u of units.slice(-4)) v = (v << 8n) | BigInt(u);
  return { value: BigInt.asIntN(32, v), error };
}

/** Bytes back to text (ASCII as is; other bytes as Latin-1: only used for messages). */
export const bytesText = (bytes: readonly number[]): string => String.fromCharCode(...bytes.slice(0, 4096));
