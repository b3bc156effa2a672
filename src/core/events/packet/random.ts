// Seeded random packet descriptions (IPv4 or IPv6 with extension headers, TCP with options, UDP,
// ICMP, ICMPv6, payloads of any length): the same seed gives the same packet, for tests that
// compare the builder with a reference and for streams of events.

import type { Layer, Packet, TcpOption } from "./layers.ts";

/** A linear congruential generator: small, fast, and the same in every engine. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}

export function randomPacket(seed: number): Packet {
  const r = seeded(seed);
  const v4 = () => [r.int(256), r.int(256), r.int(256), r.int(256)].join(".");
  const v6 = () => Array.from({ length: 8 }, () => r.int(0x10000).toString(16)).join(":");
  const ip6 = r.int(2) === 1;
  const layers: Layer[] = [{ kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01", ...(r.int(4) === 0 ? { vlans: [{ vid: r.int(4096) }] } : {}) }];
  if (ip6) {
    layers.push({ kind: "ipv6", src: v6(), dst: v6(), flowLabel: r.int(1 << 20) });
    if (r.int(3) === 0) layers.push({ kind: "hopbyhop", options: [{ type: 5, data: "0000" }] });
    if (r.int(3) === 0) layers.push({ kind: "routing", routingType: r.pick([0, 2, 4]), addresses: [v6(), ...(r.int(2) ? [v6()] : [])], segmentsLeft: r.int(2) });
    if (r.int(3) === 0) layers.push({ kind: "destopts", options: [{ type: 0x1e, data: "ab".repeat(r.int(9)) }] });
  } else {
    layers.push({ kind: "ipv4", src: v4(), dst: v4(), ttl: 1 + r.int(255), id: r.int(65536), ...(r.int(3) === 0 ? { options: [{ type: 1 }, { type: 148, data: "0000" }] } : {}) });
  }
  const kind = r.pick(ip6 ? (["tcp", "udp", "icmpv6"] as const) : (["tcp", "udp", "icmp"] as const));
  const options: TcpOption[] = r.int(2)
    ? [{ kind: "mss", value: r.int(65536) }, { kind: "nop" }, { kind: "wscale", shift: r.int(15) }, { kind: "sack", blocks: [[r.int(2 ** 31), r.int(2 ** 31)]] }]
    : [];
  if (kind === "tcp") layers.push({ kind, srcPort: r.int(65536), dstPort: r.int(65536), seq: r.int(2 ** 31), ack: r.int(2 ** 31), flags: r.pick(["S", "SA", "PA", "F", "R", "AUEC"]), options });
  else if (kind === "udp") layers.push({ kind, srcPort: r.int(65536), dstPort: r.int(65536) });
  else layers.push({ kind, type: r.pick(kind === "icmp" ? [0, 8, 3, 11] : [128, 129, 1, 135]), id: r.int(65536), seq: r.int(65536) });
  layers.push({ kind: "payload", hex: Array.from({ length: r.int(70) }, () => r.int(256).toString(16).padStart(2, "0")).join("") });
  return { layers };
}
