// The dissection tree: every field of a packet with its place (byte offset and length, and for
// bit fields the bits inside those bytes), its value and the text Wireshark shows for it.

export interface Field {
  /** Wireshark's display-filter name ("ip.ttl", "tcp.flags.syn"); a protocol node has its protocol's ("ip"). */
  readonly abbrev: string;
  /** What the field is called, as Wireshark labels it ("Time to Live"). */
  readonly name: string;
  /** Byte offset in the frame. */
  readonly offset: number;
  /** Bytes covered (for a bit field, the bytes holding its bits). */
  length: number;
  /** A bit field: its first bit counted from the most significant bit of byte `offset`, and its width. */
  readonly bits?: { readonly offset: number; readonly length: number };
  readonly value: number | string;
  /** The line Wireshark prints: "Time to Live: 64", ".1.. .... = Don't fragment: Set". */
  show: string;
  readonly children: Field[];
  /** Something wrong here: the bytes end early, or a checksum or length does not match. */
  problem?: "truncated" | "bad-checksum" | "bad-length" | "malformed";
}

export function node(abbrev: string, name: string, offset: number, length: number, value: number | string, show: string, bits?: Field["bits"]): Field {
  return { abbrev, name, offset, length, value, show, children: [], ...(bits ? { bits } : {}) };
}

/** Thrown inside a layer's dissector when its bytes run out; the layer ends with a "truncated" field. */
export class Truncated extends Error {}

/** A view of the frame with bounded big-endian reads; a read past `end` adds a truncated field to `into` and throws Truncated. */
export class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    readonly end: number,
  ) {}

  /** The layer being dissected, so a Truncated thrown halfway still leaves its fields. */
  layer?: Field;

  open(abbrev: string, name: string, offset: number, length: number, value: number | string, show: string): Field {
    return (this.layer = node(abbrev, name, offset, length, value, show));
  }

  need(into: Field, at: number, n: number, what: string): void {
    if (at + n <= this.end && at >= 0) return;
    const left = Math.max(0, this.end - at);
    const f = node(`${into.abbrev}.truncated`, what, Math.min(at, this.end), left, "truncated", `${what}: truncated (needs ${n} byte${n === 1 ? "" : "s"} at offset ${at}, ${left} left)`);
    f.problem = "truncated";
    into.children.push(f);
    into.problem ??= "truncated";
    throw new Truncated();
  }

  /** Big-endian unsigned, 1 to 4 bytes (the caller has checked the bounds). */
  uint(at: number, n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + this.bytes[at + i];
    return v;
  }

  slice(at: number, n: number): Uint8Array {
    return this.bytes.subarray(at, Math.min(at + n, this.end));
  }
}

/** Adds a whole-byte field after checking it is there; returns its value. */
export function addUint(c: Cursor, into: Field, abbrev: string, name: string, at: number, n: number, show: (v: number) => string = (v) => `${v}`): number {
  c.need(into, at, n, name);
  const v = c.uint(at, n);
  into.children.push(node(abbrev, name, at, n, v, `${name}: ${show(v)}`));
  return v;
}

/**
 * Wireshark's bit picture of a field inside `width` bits: "..0. .... .... ...." for bit 2 of a
 * 16-bit word. `value` is the field's own value (already shifted down).
 */
export function bitPicture(value: number, width: number, bitOffset: number, bitLength: number): string {
  let s = "";
  for (let i = 0; i < width; i++) {
    if (i && i % 4 === 0) s += " ";
    const k = i - bitOffset;
    s += k < 0 || k >= bitLength ? "." : (Math.floor(value / 2 ** (bitLength - 1 - k)) & 1).toString();
  }
  return s;
}

/** Adds a bit field of the `width`-bit word at `at` (already bounds-checked); returns its value. */
export function addBits(
  c: Cursor, into: Field, abbrev: string, name: string, at: number, width: number, bitOffset: number, bitLength: number, show: (v: number) => string = (v) => `${v}`,
): number {
  const word = c.uint(at, width / 8);
  const v = Math.floor(word / 2 ** (width - bitOffset - bitLength)) % 2 ** bitLength;
  const firstByte = Math.floor(bitOffset / 8);
  const lastByte = Math.floor((bitOffset + bitLength - 1) / 8);
  into.children.push(
    node(abbrev, name, at + firstByte, lastByte - firstByte + 1, v, `${bitPicture(v, width, bitOffset, bitLength)} = ${name}: ${show(v)}`, { offset: bitOffset - 8 * firstByte, length: bitLength }),
  );
  return v;
}

export const setNotSet = (v: number): string => (v ? "Set" : "Not set");
export const hex16 = (v: number, digits = 4): string => "0x" + v.toString(16).padStart(digits, "0");

/**
 * The fields over byte `offset`, outermost first (a layer, then the field, then the bit field
 * inside it): what a hex dump shows when the pointer rests on that byte.
 */
export function fieldsAt(layers: readonly Field[], offset: number): Field[] {
  const path: Field[] = [];
  let level: readonly Field[] = layers;
  // a tree is at most a few levels deep; the bound keeps a malformed one from looping
  for (let depth = 0; depth < 16; depth++) {
    const hit = level.find((f) => offset >= f.offset && offset < f.offset + f.length);
    if (!hit) break;
    path.push(hit);
    level = hit.children;
  }
  return path;
}
