// Ethernet II with 802.1Q/802.1ad tags, and ARP (RFC 826) for Ethernet and IPv4.

import { check, ipv4, mac, Writer } from "./fields.ts";
import type { ArpLayer, EthernetLayer } from "./layers.ts";

export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;
export const ETH_P_8021Q = 0x8100;
export const ETH_P_8021AD = 0x88a8;
export const ETH_P_IPV6 = 0x86dd;

export function encodeEthernet(l: EthernetLayer, nextType: number | undefined): Uint8Array {
  const tags = l.vlans ?? [];
  const w = new Writer(14 + 4 * tags.length);
  w.set(0, mac("dst", l.dst));
  w.set(6, mac("src", l.src));
  tags.forEach((t, i) => {
    const at = 12 + 4 * i;
    const f = `vlans[${i}]`;
    w.u16(at, `${f}.tpid`, t.tpid ?? ETH_P_8021Q);
    const tci = (check(`${f}.pcp`, t.pcp ?? 0, 3) << 13) | (check(`${f}.dei`, t.dei ?? 0, 1) << 12) | check(`${f}.vid`, t.vid, 12);
    w.u16(at + 2, `${f}.vid`, tci);
  });
  // With nothing to name it from (a payload follows, or nothing), the type is IPv4's, as a frame needs one.
  w.u16(12 + 4 * tags.length, "type", l.type ?? nextType ?? ETH_P_IP);
  return w.bytes;
}

export function encodeArp(l: ArpLayer): Uint8Array {
  const w = new Writer(28);
  w.u16(0, "htype", l.htype ?? 1);
  w.u16(2, "ptype", l.ptype ?? ETH_P_IP);
  w.u8(4, "hlen", l.hlen ?? 6);
  w.u8(5, "plen", l.plen ?? 4);
  w.u16(6, "op", l.op ?? 1);
  w.set(8, mac("senderMac", l.senderMac));
  w.set(14, ipv4("senderIp", l.senderIp));
  w.set(18, mac("targetMac", l.targetMac));
  w.set(24, ipv4("targetIp", l.targetIp));
  return w.bytes;
}
