// IPv4 (RFC 791) and IPv6 (RFC 8200) headers with their options and extension headers.

import { internetChecksum } from "../bytes.ts";
import { check, FieldError, flag, hex, ipv4, ipv6, Writer } from "./fields.ts";
import type { Ipv4Layer, Ipv6FragmentLayer, Ipv6Layer, Ipv6OptionsLayer, Ipv6RoutingLayer } from "./layers.ts";

function ipv4Options(l: Ipv4Layer): Uint8Array {
  const out: number[] = [];
  (l.options ?? []).forEach((o, i) => {
    check(`options[${i}].type`, o.type, 8);
    if (o.type === 0 || o.type === 1) return void out.push(o.type);
    const data = hex(`options[${i}].data`, o.data);
    out.push(o.type, check(`options[${i}].length`, o.length ?? data.length + 2, 8), ...data);
  });
  while (out.length % 4) out.push(0);
  if (out.length > 40) throw new FieldError("options", `options: ${out.length} bytes, more than the 40 an IPv4 header holds`);
  return Uint8Array.from(out);
}

export function encodeIpv4(l: Ipv4Layer, protocol: number | undefined, restLength: number): Uint8Array {
  const opts = ipv4Options(l);
  const w = new Writer(20 + opts.length);
  const ihl = l.ihl ?? w.bytes.length / 4;
  w.u8(0, "ihl", (check("version", l.version ?? 4, 4) << 4) | check("ihl", ihl, 4));
  w.u8(1, "dscp", (check("dscp", l.dscp ?? 0, 6) << 2) | check("ecn", l.ecn ?? 0, 2));
  w.u16(2, "totalLength", l.totalLength ?? Math.min(0xffff, w.bytes.length + restLength));
  w.u16(4, "id", l.id ?? 0);
  const frag = (flag(l.reservedFlag) << 15) | (flag(l.dontFragment) << 14) | (flag(l.moreFragments) << 13) | check("fragmentOffset", l.fragmentOffset ?? 0, 13);
  w.u16(6, "fragmentOffset", frag);
  w.u8(8, "ttl", l.ttl ?? 64);
  // 59 (no next header) has no IPv4 meaning; 255 is reserved, a visible "nothing known follows"
  w.u8(9, "protocol", protocol ?? 255);
  w.set(12, ipv4("src", l.src));
  w.set(16, ipv4("dst", l.dst));
  w.set(20, opts);
  w.u16(10, "checksum", l.checksum ?? internetChecksum(w.bytes));
  return w.bytes;
}

export function encodeIpv6(l: Ipv6Layer, nextHeader: number | undefined, restLength: number): Uint8Array {
  const w = new Writer(40);
  const word = (check("version", l.version ?? 6, 4) << 28) | (check("trafficClass", l.trafficClass ?? 0, 8) << 20) | check("flowLabel", l.flowLabel ?? 0, 20);
  w.u32(0, "flowLabel", word >>> 0);
  w.u16(4, "payloadLength", l.payloadLength ?? Math.min(0xffff, restLength));
  w.u8(6, "nextHeader", l.nextHeader ?? nextHeader ?? 59);
  w.u8(7, "hopLimit", l.hopLimit ?? 64);
  w.set(8, ipv6("src", l.src));
  w.set(24, ipv6("dst", l.dst));
  return w.bytes;
}

/** Hop-by-hop and destination options: TLVs, then Pad1 or PadN up to a multiple of 8 bytes. */
export function encodeIpv6Options(l: Ipv6OptionsLayer, nextHeader: number | undefined): Uint8Array {
  const body: number[] = [];
  (l.options ?? []).forEach((o, i) => {
    check(`options[${i}].type`, o.type, 8);
    if (o.type === 0) return void body.push(0);
    const data = hex(`options[${i}].data`, o.data);
    body.push(o.type, check(`options[${i}].length`, data.length, 8), ...data);
  });
  const pad = (8 - ((2 + body.length) % 8)) % 8;
  if (pad === 1) body.push(0);
  else if (pad > 1) body.push(1, pad - 2, ...new Array<number>(pad - 2).fill(0));
  const w = new Writer(2 + body.length);
  w.u8(0, "nextHeader", l.nextHeader ?? nextHeader ?? 59);
  w.u8(1, "hdrExtLen", l.hdrExtLen ?? w.bytes.length / 8 - 1);
  w.set(2, Uint8Array.from(body));
  return w.bytes;
}

export function encodeIpv6Routing(l: Ipv6RoutingLayer, nextHeader: number | undefined): Uint8Array {
  const addrs = l.addresses ?? [];
  const type = l.routingType ?? 0;
  const w = new Writer(8 + 16 * addrs.length);
  w.u8(0, "nextHeader", l.nextHeader ?? nextHeader ?? 59);
  w.u8(1, "hdrExtLen", l.hdrExtLen ?? 2 * addrs.length);
  w.u8(2, "routingType", type);
  w.u8(3, "segmentsLeft", l.segmentsLeft ?? addrs.length);
  // a segment routing header (type 4) names its last entry's index in the first of these bytes
  w.u32(4, "typeData", l.typeData ?? (type === 4 && addrs.length ? (addrs.length - 1) * 2 ** 24 : 0));
  addrs.forEach((a, i) => w.set(8 + 16 * i, ipv6(`addresses[${i}]`, a)));
  return w.bytes;
}

export function encodeIpv6Fragment(l: Ipv6FragmentLayer, nextHeader: number | undefined): Uint8Array {
  const w = new Writer(8);
  w.u8(0, "nextHeader", l.nextHeader ?? nextHeader ?? 59);
  w.u16(2, "offset", (check("offset", l.offset ?? 0, 13) << 3) | flag(l.more));
  w.u32(4, "id", l.id ?? 0);
  return w.bytes;
}

/**
 * The address an upper-layer checksum uses as destination (RFC 8200 8.1): with a routing header,
 * its final one (the last address; for segment routing, the first of its reversed list).
 */
export function finalDestination(l: Ipv6Layer, routing: Ipv6RoutingLayer | undefined): Uint8Array {
  const addrs = routing?.addresses ?? [];
  if (!routing || addrs.length === 0 || (routing.segmentsLeft ?? addrs.length) === 0) return ipv6("dst", l.dst);
  const i = routing.routingType === 4 ? 0 : addrs.length - 1;
  return ipv6(`addresses[${i}]`, addrs[i]);
}
