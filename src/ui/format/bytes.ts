// How the inspectors write bytes: hex pairs, printable ASCII, and little-endian numbers
// (the byte order of every BPF target bpfplay models).

export const hex2 = (b: number): string => b.toString(16).padStart(2, "0");

/** Hex pairs with nothing between them: "0a1b2c". */
export const hexString = (bytes: Uint8Array): string => Array.from(bytes, hex2).join("");

export const hexBytes = (bytes: Uint8Array): string => Array.from(bytes, hex2).join(" ");

/** Printable ASCII, with a dot for anything else, as hexdump -C shows it. */
export const ascii = (bytes: Uint8Array): string => Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");

/** The unsigned little-endian number in `bytes` (any length). */
export function leValue(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let k = bytes.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[k]);
  return v;
}

/**
 * A key or value as numbers: one number when it is 1, 2, 4 or 8 bytes, otherwise a list of
 * u64 (or u32) words; undefined when the size is none of those.
 */
export function leNumbers(bytes: Uint8Array): string | undefined {
  const n = bytes.length;
  if (n === 0) return undefined;
  if (n === 1 || n === 2 || n === 4 || n === 8) return leValue(bytes).toString();
  const word = n % 8 === 0 ? 8 : n % 4 === 0 ? 4 : 0;
  if (!word) return undefined;
  const out: string[] = [];
  for (let k = 0; k < n; k += word) out.push(leValue(bytes.subarray(k, k + word)).toString());
  return `[${out.join(", ")}]`;
}

/** Rows of `width` bytes for a hex dump: offset, the bytes, and which of them are marked. */
export interface DumpRow {
  readonly offset: number;
  readonly bytes: Uint8Array;
}

export function dumpRows(bytes: Uint8Array, width: number): DumpRow[] {
  const rows: DumpRow[] = [];
  for (let k = 0; k < bytes.length; k += width) rows.push({ offset: k, bytes: bytes.subarray(k, k + width) });
  return rows;
}

/**
 * A count with commas between thousands, as `toLocaleString("en-US")` writes it (1,234,567), without
 * Intl: the first Intl formatter of a page costs some 30 ms of the main thread, on the first screen.
 * Other numbers (fractions, infinities) go to toLocaleString.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = "";
  for (let k = 0; k < digits.length; k++) {
    if (k > 0 && (digits.length - k) % 3 === 0) out += ",";
    out += digits[k];
  }
  return n < 0 ? `-${out}` : out;
}

export const plural = (n: number, word: string): string => `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;
