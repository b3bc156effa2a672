// Ready-made packets to start from; each is plain data a user can edit field by field.

import { DEFAULT_PACKET } from "./default.ts";
import type { Packet } from "./layers.ts";

export interface Preset {
  readonly name: string;
  readonly title: string;
  readonly packet: Packet;
}

const ETH = { kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" } as const;
const IP4 = { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", id: 0x1234, dontFragment: true } as const;

/** A DNS query (RFC 1035 4.1): header with RD set, one question of QTYPE A, QCLASS IN. */
export function dnsQuery(id: number, name: string, qtype = 1): string {
  const b: number[] = [id >> 8, id & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
  for (const label of name.split(".").filter(Boolean)) b.push(label.length, ...Array.from(label, (c) => c.charCodeAt(0)));
  b.push(0, qtype >> 8, qtype & 0xff, 0, 1);
  return b.map((x) => x.toString(16).padStart(2, "0")).join("");
}

export const PRESETS: readonly Preset[] = [
  { name: "default", title: "The default frame: TCP SYN to port 80 with \"hello bpf\"", packet: DEFAULT_PACKET },
  {
    name: "tcp_syn",
    title: "TCP SYN to port 80, with Linux's SYN options",
    packet: {
      layers: [
        ETH,
        IP4,
        {
          kind: "tcp", srcPort: 43210, dstPort: 80, seq: 0x1a2b3c4d, flags: "S", window: 64240,
          options: [{ kind: "mss", value: 1460 }, { kind: "sackPermitted" }, { kind: "timestamps", value: 1000, echo: 0 }, { kind: "nop" }, { kind: "wscale", shift: 7 }],
        },
      ],
    },
  },
  {
    name: "http_get",
    title: "HTTP GET / to port 80",
    packet: {
      layers: [
        ETH,
        IP4,
        { kind: "tcp", srcPort: 43210, dstPort: 80, seq: 0x1a2b3c4e, ack: 0x5e6f7081, flags: "PA", window: 502 },
        { kind: "payload", text: "GET / HTTP/1.1\r\nHost: example.com\r\nUser-Agent: bpfplay\r\n\r\n" },
      ],
    },
  },
  {
    name: "dns_query",
    title: "DNS query for example.com (A) over UDP",
    packet: { layers: [ETH, { ...IP4, dontFragment: false }, { kind: "udp", srcPort: 53000, dstPort: 53 }, { kind: "payload", hex: dnsQuery(0xbeef, "example.com") }] },
  },
  {
    name: "icmp_echo",
    title: "ICMP echo request (ping)",
    packet: { layers: [ETH, IP4, { kind: "icmp", type: 8, id: 1, seq: 1 }, { kind: "payload", text: "abcdefghijklmnopqrstuvwabcdefghi" }] },
  },
  {
    name: "ipv6_tcp",
    title: "IPv6 TCP SYN to port 443",
    packet: {
      layers: [
        { ...ETH, type: undefined },
        { kind: "ipv6", src: "2001:db8::1", dst: "2001:db8::2", hopLimit: 64 },
        { kind: "tcp", srcPort: 43210, dstPort: 443, seq: 1, flags: "S", window: 64800, options: [{ kind: "mss", value: 1440 }] },
      ],
    },
  },
  {
    name: "ipv6_ext",
    title: "IPv6 with hop-by-hop, routing, fragment and destination options, ICMPv6 echo",
    packet: {
      layers: [
        ETH,
        { kind: "ipv6", src: "2001:db8::1", dst: "2001:db8::2", flowLabel: 0x12345 },
        { kind: "hopbyhop", options: [{ type: 5, data: "0000" }] },
        { kind: "routing", routingType: 0, segmentsLeft: 0, addresses: ["2001:db8::3"] },
        { kind: "fragment", offset: 0, more: false, id: 0xcafe },
        { kind: "destopts", options: [] },
        { kind: "icmpv6", type: 128, id: 7, seq: 1 },
        { kind: "payload", text: "ping6" },
      ],
    },
  },
  {
    name: "arp_request",
    title: "ARP request: who has 10.0.0.2? tell 10.0.0.1",
    packet: { layers: [{ kind: "ethernet", dst: "ff:ff:ff:ff:ff:ff", src: "02:00:00:00:00:01" }, { kind: "arp", op: 1, senderMac: "02:00:00:00:00:01", senderIp: "10.0.0.1", targetIp: "10.0.0.2" }] },
  },
  {
    name: "vlan",
    title: "VLAN 100 (802.1Q) tagged UDP to port 4789",
    packet: { layers: [{ ...ETH, vlans: [{ vid: 100, pcp: 3 }] }, { ...IP4 }, { kind: "udp", srcPort: 12345, dstPort: 4789 }, { kind: "payload", text: "tagged" }] },
  },
  {
    name: "truncated",
    title: "The default frame cut after 40 bytes (inside the TCP header)",
    packet: { ...DEFAULT_PACKET, truncate: 40 },
  },
];

export const presetByName = (name: string): Preset | undefined => PRESETS.find((p) => p.name === name);
