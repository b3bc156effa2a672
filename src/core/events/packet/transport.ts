// TCP (RFC 793/9293, options from RFC 7323 and 2018), UDP (RFC 768), ICMP (RFC 792) and ICMPv6
// (RFC 4443). Their checksums cover a pseudo-header from the IP layer in front, given as bytes.

import { internetChecksum } from "../bytes.ts";
import { check, FieldError, hex, Writer } from "./fields.ts";
import type { IcmpLayer, Icmpv6Layer, TcpLayer, TcpOption, UdpLayer } from "./layers.ts";

/** tcpdump's letters, low bit first; "." is tcpdump's way of writing ACK. */
export const TCP_FLAG_LETTERS = "FSRPAUECN";

export function tcpFlagBits(flags: string): number {
  let bits = 0;
  for (const c of flags.toUpperCase()) {
    const i = c === "." ? 4 : TCP_FLAG_LETTERS.indexOf(c);
    if (i < 0) throw new FieldError("flags", `flags: '${c}' is not a TCP flag (F S R P A U E C N)`);
    bits |= 1 << i;
  }
  return bits;
}

function u16(v: number): number[] {
  return [v >>> 8, v & 0xff];
}
function u32(v: number): number[] {
  return [v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

function tcpOption(o: TcpOption, f: string): number[] {
  switch (o.kind) {
    case "eol":
      return [0];
    case "nop":
      return [1];
    case "mss":
      return [2, 4, ...u16(check(`${f}.value`, o.value, 16))];
    case "wscale":
      return [3, 3, check(`${f}.shift`, o.shift, 8)];
    case "sackPermitted":
      return [4, 2];
    case "sack":
      return [5, 2 + 8 * o.blocks.length, ...o.blocks.flatMap(([l, r], i) => [...u32(check(`${f}.blocks[${i}]`, l, 32)), ...u32(check(`${f}.blocks[${i}]`, r, 32))])];
    case "timestamps":
      return [8, 10, ...u32(check(`${f}.value`, o.value, 32)), ...u32(check(`${f}.echo`, o.echo, 32))];
    case "raw": {
      const data = hex(`${f}.data`, o.data);
      return [check(`${f}.type`, o.type, 8), check(`${f}.length`, o.length ?? data.length + 2, 8), ...data];
    }
  }
}

export function tcpOptionBytes(options: readonly TcpOption[]): Uint8Array {
  const out = options.flatMap((o, i) => tcpOption(o, `options[${i}]`));
  while (out.length % 4) out.push(0);
  if (out.length > 40) throw new FieldError("options", `options: ${out.length} bytes, more than the 40 a TCP header holds`);
  return Uint8Array.from(out);
}

/** `pseudo(length)`: the IP pseudo-header for an upper-layer length; undefined when no IP layer is in front. */
export type Pseudo = ((protocol: number, length: number) => Uint8Array) | undefined;

const checksum = (pseudo: Pseudo, protocol: number, header: Uint8Array, rest: Uint8Array, length = header.length + rest.length) =>
  internetChecksum(...(pseudo ? [pseudo(protocol, length)] : []), header, rest);

export function encodeTcp(l: TcpLayer, rest: Uint8Array, pseudo: Pseudo): Uint8Array {
  const opts = tcpOptionBytes(l.options ?? []);
  const w = new Writer(20 + opts.length);
  w.u16(0, "srcPort", l.srcPort);
  w.u16(2, "dstPort", l.dstPort);
  w.u32(4, "seq", l.seq ?? 0);
  w.u32(8, "ack", l.ack ?? 0);
  const bits = tcpFlagBits(l.flags ?? "S");
  w.u8(12, "dataOffset", (check("dataOffset", l.dataOffset ?? w.bytes.length / 4, 4) << 4) | (bits >> 8));
  w.u8(13, "flags", bits & 0xff);
  w.u16(14, "window", l.window ?? 65535);
  w.u16(18, "urgent", l.urgent ?? 0);
  w.set(20, opts);
  w.u16(16, "checksum", l.checksum ?? checksum(pseudo, 6, w.bytes, rest));
  return w.bytes;
}

export function encodeUdp(l: UdpLayer, rest: Uint8Array, pseudo: Pseudo): Uint8Array {
  const w = new Writer(8);
  w.u16(0, "srcPort", l.srcPort);
  w.u16(2, "dstPort", l.dstPort);
  const length = l.length ?? Math.min(0xffff, 8 + rest.length);
  w.u16(4, "length", length);
  // RFC 768: a computed zero is sent as all ones (zero means "no checksum")
  w.u16(6, "checksum", l.checksum ?? (checksum(pseudo, 17, w.bytes, rest, length) || 0xffff));
  return w.bytes;
}

function icmpHead(l: IcmpLayer | Icmpv6Layer, defaultType: number): Writer {
  const w = new Writer(8);
  w.u8(0, "type", l.type ?? defaultType);
  w.u8(1, "code", l.code ?? 0);
  if (l.rest !== undefined) {
    const r = hex("rest", l.rest);
    if (r.length !== 4) throw new FieldError("rest", `rest: ${r.length} bytes; the rest of an ICMP header is 4`);
    w.set(4, r);
  } else {
    w.u16(4, "id", l.id ?? 0);
    w.u16(6, "seq", l.seq ?? 0);
  }
  return w;
}

export function encodeIcmp(l: IcmpLayer, rest: Uint8Array): Uint8Array {
  const w = icmpHead(l, 8);
  w.u16(2, "checksum", l.checksum ?? internetChecksum(w.bytes, rest));
  return w.bytes;
}

export function encodeIcmpv6(l: Icmpv6Layer, rest: Uint8Array, pseudo: Pseudo): Uint8Array {
  const w = icmpHead(l, 128);
  w.u16(2, "checksum", l.checksum ?? checksum(pseudo, 58, w.bytes, rest));
  return w.bytes;
}
