// One 8-byte instruction slot, little-endian (RFC 9669, section 3):
//
//   byte 0      1                2..3          4..7
//   +---------+--------+--------+-------------+----------------------+
//   | opcode  | src(4) | dst(4) | offset s16  | imm s32              |
//   +---------+--------+--------+-------------+----------------------+
//              high nibble = src, low nibble = dst
//
// ld_imm64 takes two slots; the second has opcode 0 and carries the upper 32 bits in imm.

export interface Insn {
  readonly code: number; // 0..255
  readonly dst: number; // 0..15
  readonly src: number; // 0..15
  readonly off: number; // -32768..32767
  readonly imm: number; // -2^31..2^31-1
}

export const SLOT_SIZE = 8;

export function insn(code: number, dst = 0, src = 0, off = 0, imm = 0): Insn {
  return { code: code & 0xff, dst: dst & 0xf, src: src & 0xf, off: (off << 16) >> 16, imm: imm | 0 };
}

/** Writes one slot into `out` at byte offset `at`. */
export function writeSlot(out: Uint8Array, at: number, i: Insn): void {
  out[at] = i.code & 0xff;
  out[at + 1] = ((i.src & 0xf) << 4) | (i.dst & 0xf);
  out[at + 2] = i.off & 0xff;
  out[at + 3] = (i.off >> 8) & 0xff;
  out[at + 4] = i.imm & 0xff;
  out[at + 5] = (i.imm >>> 8) & 0xff;
  out[at + 6] = (i.imm >>> 16) & 0xff;
  out[at + 7] = (i.imm >>> 24) & 0xff;
}

export function readSlot(bytes: Uint8Array, at: number): Insn {
  const off = ((bytes[at + 3] << 24) >> 16) | bytes[at + 2];
  const imm = bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24);
  return { code: bytes[at], dst: bytes[at + 1] & 0xf, src: bytes[at + 1] >> 4, off, imm };
}

export function encodeInsns(insns: readonly Insn[]): Uint8Array {
  const out = new Uint8Array(insns.length * SLOT_SIZE);
  insns.forEach((i, n) => writeSlot(out, n * SLOT_SIZE, i));
  return out;
}

/** Splits bytes into slots. A trailing partial slot is reported, not dropped silently. */
export function decodeSlots(bytes: Uint8Array): { insns: Insn[]; trailing: number } {
  const n = Math.floor(bytes.length / SLOT_SIZE);
  const insns: Insn[] = [];
  for (let k = 0; k < n; k++) insns.push(readSlot(bytes, k * SLOT_SIZE));
  return { insns, trailing: bytes.length - n * SLOT_SIZE };
}

export function slotHex(i: Insn): string {
  const b = new Uint8Array(SLOT_SIZE);
  writeSlot(b, 0, i);
  return bytesToHex(b);
}

export function bytesToHex(b: Uint8Array, sep = ""): string {
  let s = "";
  for (let k = 0; k < b.length; k++) s += (k && sep ? sep : "") + b[k].toString(16).padStart(2, "0");
  return s;
}

export function hexToBytes(hex: string): Uint8Array | undefined {
  const clean = hex.replace(/\s+/g, "").replace(/^0x/i, "");
  if (clean.length % 2 !== 0 || /[^0-9a-fA-F]/.test(clean)) return undefined;
  const out = new Uint8Array(clean.length / 2);
  for (let k = 0; k < out.length; k++) out[k] = parseInt(clean.slice(2 * k, 2 * k + 2), 16);
  return out;
}

/** The 64-bit immediate of an ld_imm64 pair, as an unsigned BigInt. */
export function imm64Of(lo: Insn, hi: Insn): bigint {
  return (BigInt(hi.imm >>> 0) << 32n) | BigInt(lo.imm >>> 0);
}

/** Splits a 64-bit value (any sign) into the imm fields of an ld_imm64 pair. */
export function splitImm64(v: bigint): { lo: number; hi: number } {
  const u = BigInt.asUintN(64, v);
  return { lo: Number(u & 0xffffffffn) | 0, hi: Number(u >> 32n) | 0 };
}
