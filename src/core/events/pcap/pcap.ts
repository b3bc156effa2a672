// The classic libpcap file format (draft-ietf-opsawg-pcap): a 24-byte file header, then a
// 16-byte record header before each packet. The magic number tells byte order and whether the
// fraction of a second is in microseconds (0xa1b2c3d4) or nanoseconds (0xa1b23c4d).

import { FileView, MAX_PACKET } from "./capture.ts";
import type { CapturedPacket, CaptureResult } from "./capture.ts";

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;

/** Whether the file starts with a pcap magic number, in either byte order. */
export function isPcap(b: Uint8Array): boolean {
  if (b.length < 4) return false;
  const be = new FileView(b, false).u32(0);
  const le = new FileView(b, true).u32(0);
  return [be, le].some((m) => m === MAGIC_US || m === MAGIC_NS);
}

export function readPcap(bytes: Uint8Array): CaptureResult {
  if (bytes.length < 24) return { error: `pcap file header: ${bytes.length} bytes, a pcap file starts with 24`, offset: 0 };
  const v = new FileView(bytes, true);
  let magic = v.u32(0);
  if (magic !== MAGIC_US && magic !== MAGIC_NS) {
    v.little = false;
    magic = v.u32(0);
    if (magic !== MAGIC_US && magic !== MAGIC_NS) return { error: `not a pcap file: magic 0x${new FileView(bytes, false).u32(0).toString(16).padStart(8, "0")}`, offset: 0 };
  }
  const nanos = magic === MAGIC_NS;
  const major = v.u16(4);
  if (major !== 2) return { error: `pcap version ${major}.${v.u16(6)}: only 2.x is known`, offset: 4 };
  // the link type sits in the low 16 bits; the upper bits carry FCS information (the draft's LinkType field)
  const linkType = v.u32(20) & 0xffff;
  const packets: CapturedPacket[] = [];
  for (let at = 24; at < bytes.length; ) {
    if (bytes.length - at < 16) return { error: `packet ${packets.length + 1}: record header cut short (${bytes.length - at} of 16 bytes)`, offset: at };
    const sec = v.u32(at);
    const frac = v.u32(at + 4);
    const incl = v.u32(at + 8);
    const orig = v.u32(at + 12);
    if (frac >= (nanos ? 1e9 : 1e6)) return { error: `packet ${packets.length + 1}: ${nanos ? "nanosecond" : "microsecond"} field ${frac} is a second or more`, offset: at + 4 };
    if (incl > MAX_PACKET) return { error: `packet ${packets.length + 1}: captured length ${incl} is larger than any packet (${MAX_PACKET})`, offset: at + 8 };
    if (at + 16 + incl > bytes.length) return { error: `packet ${packets.length + 1}: ${incl} bytes captured but the file ends after ${bytes.length - at - 16}`, offset: at + 16 };
    packets.push({
      data: bytes.slice(at + 16, at + 16 + incl),
      origLength: Math.max(orig, incl),
      timestampNs: BigInt(sec) * 1_000_000_000n + BigInt(frac) * (nanos ? 1n : 1000n),
      linkType,
      interfaceId: 0,
    });
    at += 16 + incl;
  }
  return { format: "pcap", packets };
}

export interface PcapWriteOptions {
  readonly linkType?: number;
  /** Nanosecond timestamps (magic 0xa1b23c4d); default microseconds, which every reader knows. */
  readonly nanos?: boolean;
  readonly snapLength?: number;
}

/** A little-endian pcap file of the packets. */
export function writePcap(packets: readonly { readonly data: Uint8Array; readonly timestampNs?: bigint; readonly origLength?: number }[], o: PcapWriteOptions = {}): Uint8Array {
  const size = 24 + packets.reduce((n, p) => n + 16 + p.data.length, 0);
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, o.nanos ? MAGIC_NS : MAGIC_US, true);
  dv.setUint16(4, 2, true);
  dv.setUint16(6, 4, true);
  dv.setUint32(16, o.snapLength ?? MAX_PACKET, true);
  dv.setUint32(20, o.linkType ?? 1, true);
  let at = 24;
  for (const p of packets) {
    const ts = p.timestampNs ?? 0n;
    const unit = o.nanos ? 1n : 1000n;
    dv.setUint32(at, Number((ts / 1_000_000_000n) & 0xffffffffn), true);
    dv.setUint32(at + 4, Number((ts % 1_000_000_000n) / unit), true);
    dv.setUint32(at + 8, p.data.length, true);
    dv.setUint32(at + 12, Math.max(p.origLength ?? 0, p.data.length), true);
    out.set(p.data, at + 16);
    at += 16 + p.data.length;
  }
  return out;
}
