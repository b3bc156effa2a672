// pcapng (draft-ietf-opsawg-pcapng): blocks of type, total length, body, total length again. A
// Section Header Block sets the byte order and starts a new list of interfaces; Interface
// Description Blocks give each interface's link type, snap length and timestamp resolution;
// Enhanced, Simple and (obsolete) Packet Blocks carry packets. Other blocks are skipped by their
// length.

import { FileView, MAX_PACKET } from "./capture.ts";
import type { CapturedPacket, CaptureResult } from "./capture.ts";

const SHB = 0x0a0d0d0a;
const IDB = 1;
const OPB = 2;
const SPB = 3;
const EPB = 6;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

interface Interface {
  readonly linkType: number;
  readonly snapLength: number;
  /** Units per second of its timestamps, and the offset in seconds to add (if_tsoffset). */
  readonly perSecond: bigint;
  readonly offsetSeconds: bigint;
}

export const isPcapng = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x0a && b[1] === 0x0d && b[2] === 0x0d && b[3] === 0x0a;

/** if_tsresol: bit 7 clear, 10^-n seconds; set, 2^-n. Resolutions past any clock are clamped so the arithmetic stays small. */
function perSecond(resol: number): bigint {
  const n = BigInt(Math.min(resol & 0x7f, 63));
  return resol & 0x80 ? 1n << n : 10n ** BigInt(Math.min(resol & 0x7f, 30));
}

/** The options of a block body from `at` to `end`: code → value bytes. Stops at opt_endofopt or the end. */
function options(v: FileView, at: number, end: number): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  while (at + 4 <= end) {
    const code = v.u16(at);
    const len = v.u16(at + 2);
    if (code === 0 || at + 4 + len > end) break;
    if (!out.has(code)) out.set(code, v.bytes.subarray(at + 4, at + 4 + len));
    at += 4 + ((len + 3) & ~3);
  }
  return out;
}

function readInterface(v: FileView, body: number, end: number): Interface | string {
  if (end - body < 8) return `Interface Description Block: body of ${end - body} bytes, needs 8`;
  const opts = options(v, body + 8, end);
  const resol = opts.get(9);
  const off = opts.get(14);
  let offsetSeconds = 0n;
  if (off && off.length === 8) {
    const ov = new FileView(off, v.little);
    offsetSeconds = BigInt.asIntN(64, (BigInt(ov.u32(v.little ? 4 : 0)) << 32n) | BigInt(ov.u32(v.little ? 0 : 4)));
  }
  return { linkType: v.u16(body), snapLength: v.u32(body + 4), perSecond: perSecond(resol && resol.length >= 1 ? resol[0] : 6), offsetSeconds };
}

const toNs = (ifc: Interface, hi: number, lo: number): bigint =>
  ((((BigInt(hi) << 32n) | BigInt(lo)) * 1_000_000_000n) / ifc.perSecond) + ifc.offsetSeconds * 1_000_000_000n;

export function readPcapng(bytes: Uint8Array): CaptureResult {
  const v = new FileView(bytes, true);
  const packets: CapturedPacket[] = [];
  let interfaces: Interface[] = [];
  let sawSection = false;
  for (let at = 0; at < bytes.length; ) {
    if (bytes.length - at < 12) return { error: `block header cut short (${bytes.length - at} bytes left, a block has at least 12)`, offset: at };
    const type = new FileView(bytes, false).u32(at);
    if (type === SHB) {
      // the byte order of this section comes from its magic, before its length can be read
      const magicLe = new FileView(bytes, true).u32(at + 8);
      const magicBe = new FileView(bytes, false).u32(at + 8);
      if (magicLe === BYTE_ORDER_MAGIC) v.little = true;
      else if (magicBe === BYTE_ORDER_MAGIC) v.little = false;
      else return { error: `Section Header Block: byte-order magic 0x${magicBe.toString(16).padStart(8, "0")} is not 0x1a2b3c4d`, offset: at + 8 };
      interfaces = [];
      sawSection = true;
    } else if (!sawSection) return { error: "not a pcapng file: it does not start with a Section Header Block", offset: 0 };
    const blockType = v.u32(at);
    const len = v.u32(at + 4);
    if (len < 12 || len % 4) return { error: `block type 0x${blockType.toString(16)}: length ${len} is not a multiple of 4 of at least 12`, offset: at + 4 };
    if (len > bytes.length - at) return { error: `block type 0x${blockType.toString(16)}: length ${len} runs past the end of the file (${bytes.length - at} bytes left)`, offset: at + 4 };
    if (v.u32(at + len - 4) !== len) return { error: `block type 0x${blockType.toString(16)}: trailing length ${v.u32(at + len - 4)} differs from the leading ${len}`, offset: at + len - 4 };
    const body = at + 8;
    const end = at + len - 4;
    const where = `block at ${at}`;
    if (blockType === SHB) {
      if (len < 28) return { error: `Section Header Block: length ${len}, needs at least 28`, offset: at + 4 };
      const major = v.u16(body + 4);
      if (major !== 1) return { error: `Section Header Block: version ${major}.${v.u16(body + 6)}, only 1.x is known`, offset: body + 4 };
    } else if (blockType === IDB) {
      const ifc = readInterface(v, body, end);
      if (typeof ifc === "string") return { error: ifc, offset: body };
      interfaces.push(ifc);
    } else if (blockType === EPB || blockType === OPB) {
      const name = blockType === EPB ? "Enhanced Packet Block" : "Packet Block";
      if (end - body < 20) return { error: `${name} (${where}): body of ${end - body} bytes, needs 20`, offset: body };
      const id = blockType === EPB ? v.u32(body) : v.u16(body);
      const ifc = interfaces[id];
      if (!ifc) return { error: `${name} (${where}): interface ${id} was not described (${interfaces.length} in this section)`, offset: body };
      const cap = v.u32(body + 12);
      const orig = v.u32(body + 16);
      if (cap > MAX_PACKET || cap > end - body - 20) return { error: `${name} (${where}): captured length ${cap} is more than the block holds (${end - body - 20})`, offset: body + 12 };
      packets.push({ data: bytes.slice(body + 20, body + 20 + cap), origLength: Math.max(orig, cap), timestampNs: toNs(ifc, v.u32(body + 4), v.u32(body + 8)), linkType: ifc.linkType, interfaceId: id });
    } else if (blockType === SPB) {
      if (end - body < 4) return { error: `Simple Packet Block (${where}): body of ${end - body} bytes, needs 4`, offset: body };
      const ifc = interfaces[0];
      if (!ifc) return { error: `Simple Packet Block (${where}): no interface described before it`, offset: body };
      const orig = v.u32(body);
      // a simple packet block's captured length is implied: the original length cut to the snap length and the block
      let cap = Math.min(orig, end - body - 4);
      if (ifc.snapLength > 0) cap = Math.min(cap, ifc.snapLength);
      packets.push({ data: bytes.slice(body + 4, body + 4 + cap), origLength: Math.max(orig, cap), timestampNs: 0n, linkType: ifc.linkType, interfaceId: 0 });
    }
    at += len;
  }
  if (!sawSection) return { error: "empty file: a pcapng file starts with a Section Header Block", offset: 0 };
  return { format: "pcapng", packets };
}
