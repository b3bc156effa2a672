// Ethernet II, 802.1Q/802.1ad tags and ARP.

import { ipv4Text, macText, toHex } from "../bytes.ts";
import { ARP_OPCODES, ETHERTYPES, named, PCP } from "./names.ts";
import { addBits, addUint, Cursor, hex16, node } from "./tree.ts";
import type { Field } from "./tree.ts";
import type { Layer } from "./layer.ts";

const etherType = (v: number) => `${named(ETHERTYPES, v)} (${hex16(v)})`;

function mac(c: Cursor, into: Field, abbrev: string, name: string, at: number): string {
  c.need(into, at, 6, name);
  const text = macText(c.slice(at, 6));
  into.children.push(node(abbrev, name, at, 6, text, `${name}: ${text}`));
  return text;
}

export function ethernet(c: Cursor, at: number): Layer {
  const f = c.open("eth", "Ethernet II", at, 14, "", "Ethernet II");
  const dst = mac(c, f, "eth.dst", "Destination", at);
  const src = mac(c, f, "eth.src", "Source", at + 6);
  f.show = `Ethernet II, Src: ${src}, Dst: ${dst}`;
  const type = addUint(c, f, "eth.type", "Type", at + 12, 2, etherType);
  return { field: f, next: { type: "ethertype", value: type, at: at + 14, end: c.end } };
}

export function vlan(c: Cursor, at: number): Layer {
  const f = c.open("vlan", "802.1Q Virtual LAN", at, 4, "", "802.1Q Virtual LAN");
  c.need(f, at, 2, "TCI");
  const pri = addBits(c, f, "vlan.priority", "Priority", at, 16, 0, 3, (v) => `${PCP[v]} (${v})`);
  const dei = addBits(c, f, "vlan.dei", "DEI", at, 16, 3, 1, (v) => (v ? "Eligible" : "Ineligible"));
  const id = addBits(c, f, "vlan.id", "ID", at, 16, 4, 12);
  f.show = `802.1Q Virtual LAN, PRI: ${pri}, DEI: ${dei}, ID: ${id}`;
  const type = addUint(c, f, "vlan.etype", "Type", at + 2, 2, etherType);
  return { field: f, next: { type: "ethertype", value: type, at: at + 4, end: c.end } };
}

export function arp(c: Cursor, at: number): Layer {
  const f = c.open("arp", "Address Resolution Protocol", at, 8, "", "Address Resolution Protocol");
  addUint(c, f, "arp.hw.type", "Hardware type", at, 2, (v) => (v === 1 ? "Ethernet (1)" : `${v}`));
  addUint(c, f, "arp.proto.type", "Protocol type", at + 2, 2, etherType);
  const hlen = addUint(c, f, "arp.hw.size", "Hardware size", at + 4, 1);
  const plen = addUint(c, f, "arp.proto.size", "Protocol size", at + 5, 1);
  const op = addUint(c, f, "arp.opcode", "Opcode", at + 6, 2, (v) => `${named(ARP_OPCODES, v, "unknown")} (${v})`);
  f.show = `Address Resolution Protocol (${named(ARP_OPCODES, op, "unknown")})`;
  let p = at + 8;
  const addr = (abbrev: string, name: string, n: number, kind: "hw" | "proto") => {
    c.need(f, p, n, name);
    const b = c.slice(p, n);
    const text = kind === "hw" && n === 6 ? macText(b) : kind === "proto" && n === 4 ? ipv4Text(b) : toHex(b);
    f.children.push(node(abbrev, name, p, n, text, `${name}: ${text}`));
    p += n;
  };
  addr("arp.src.hw_mac", "Sender MAC address", hlen, "hw");
  addr("arp.src.proto_ipv4", "Sender IP address", plen, "proto");
  addr("arp.dst.hw_mac", "Target MAC address", hlen, "hw");
  addr("arp.dst.proto_ipv4", "Target IP address", plen, "proto");
  f.length = p - at;
  return { field: f };
}
