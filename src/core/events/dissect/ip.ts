// IPv4 (RFC 791) and IPv6 (RFC 8200) with extension headers.

import { internetChecksum, ipv4Text, ipv6Text, toHex } from "../bytes.ts";
import type { IpContext, Layer } from "./layer.ts";
import { dscpName, dscpShort, ECN, ECN_SHORT, IP_PROTOCOLS, IPV4_OPTIONS, IPV6_OPTIONS, named } from "./names.ts";
import { addBits, addUint, Cursor, hex16, node, setNotSet } from "./tree.ts";
import type { Field } from "./tree.ts";

const protoName = (v: number) => `${named(IP_PROTOCOLS, v)} (${v})`;

function dsField(c: Cursor, into: Field, prefix: string, name: string, at: number, width: number, bitOffset: number): void {
  const v = Math.floor(c.uint(at, width / 8) / 2 ** (width - bitOffset - 8)) & 0xff;
  const dscp = v >> 2;
  const ecn = v & 3;
  const byte = Math.floor(bitOffset / 8);
  const bytes = bitOffset % 8 ? 2 : 1;
  const f = node(prefix, name, at + byte, bytes, v, `${name}: ${hex16(v, 2)} (DSCP: ${dscpShort(dscp)}, ECN: ${ECN_SHORT[ecn]})`, bitOffset % 8 ? { offset: bitOffset % 8, length: 8 } : undefined);
  into.children.push(f);
  addBits(c, f, `${prefix}.dscp`, "Differentiated Services Codepoint", at, width, bitOffset, 6, (d) => `${dscpName(d)} (${d})`);
  addBits(c, f, `${prefix}.ecn`, "Explicit Congestion Notification", at, width, bitOffset + 6, 2, (e) => `${ECN[e]} (${e})`);
}

function ipv4Options(c: Cursor, into: Field, at: number, end: number): void {
  const f = node("ip.options", "Options", at, end - at, toHex(c.slice(at, end - at)), `Options: (${end - at} bytes)`);
  into.children.push(f);
  const names: string[] = [];
  for (let p = at; p < end; ) {
    const type = c.uint(p, 1);
    const name = named(IPV4_OPTIONS, type, `Unknown (0x${type.toString(16).padStart(2, "0")})`);
    names.push(name);
    if (type === 0 || type === 1) {
      f.children.push(node("ip.opt.type", "IP Option", p, 1, type, `IP Option - ${name}`));
      p += 1;
      if (type === 0) break;
      continue;
    }
    const len = p + 1 < end ? c.uint(p + 1, 1) : 0;
    const o = node("ip.opt", "IP Option", p, Math.min(Math.max(len, 2), end - p), type, `IP Option - ${name} (${len} bytes)`);
    f.children.push(o);
    o.children.push(node("ip.opt.type", "Type", p, 1, type, `Type: ${type}`));
    if (len < 2 || p + len > end) {
      o.problem = "malformed";
      o.show += ` [bad length: ${len}]`;
      break;
    }
    o.children.push(node("ip.opt.len", "Length", p + 1, 1, len, `Length: ${len}`));
    if (len > 2) o.children.push(node("ip.opt.data", "Data", p + 2, len - 2, toHex(c.slice(p + 2, len - 2)), `Data: ${toHex(c.slice(p + 2, len - 2))}`));
    p += len;
  }
  f.show += ", " + names.join(", ");
}

export function ipv4(c: Cursor, at: number): Layer {
  const f = c.open("ip", "Internet Protocol Version 4", at, 20, "", "Internet Protocol Version 4");
  c.need(f, at, 1, "Version");
  addBits(c, f, "ip.version", "Version", at, 8, 0, 4);
  const ihl = addBits(c, f, "ip.hdr_len", "Header Length", at, 8, 4, 4, (v) => `${v * 4} bytes (${v})`);
  if (ihl < 5) {
    f.children[f.children.length - 1].show += " (bogus, must be at least 20)";
    f.problem = f.children[f.children.length - 1].problem = "malformed";
    f.length = 1;
    // nothing after a header of unknown length can be placed: the rest is data
    return { field: f, next: { type: "data", at: at + 1, end: c.end } };
  }
  c.need(f, at + 1, 1, "Differentiated Services Field");
  dsField(c, f, "ip.dsfield", "Differentiated Services Field", at + 1, 8, 0);
  const total = addUint(c, f, "ip.len", "Total Length", at + 2, 2);
  addUint(c, f, "ip.id", "Identification", at + 4, 2, (v) => `${hex16(v)} (${v})`);
  c.need(f, at + 6, 2, "Flags");
  const fv = c.uint(at + 6, 1) >> 5;
  const flagNames = [fv & 4 ? "Reserved bit" : "", fv & 2 ? "Don't fragment" : "", fv & 1 ? "More fragments" : ""].filter(Boolean);
  const flags = node("ip.flags", "Flags", at + 6, 1, fv, `${fv >> 2}${(fv >> 1) & 1}${fv & 1}. .... = Flags: 0x${fv}${flagNames.length ? ", " + flagNames.join(", ") : ""}`, { offset: 0, length: 3 });
  f.children.push(flags);
  addBits(c, flags, "ip.flags.rb", "Reserved bit", at + 6, 8, 0, 1, setNotSet);
  addBits(c, flags, "ip.flags.df", "Don't fragment", at + 6, 8, 1, 1, setNotSet);
  addBits(c, flags, "ip.flags.mf", "More fragments", at + 6, 8, 2, 1, setNotSet);
  const fragOffset = addBits(c, f, "ip.frag_offset", "Fragment Offset", at + 6, 16, 3, 13, (v) => `${v * 8}`);
  addUint(c, f, "ip.ttl", "Time to Live", at + 8, 1);
  const proto = addUint(c, f, "ip.proto", "Protocol", at + 9, 1, protoName);
  const sum = addUint(c, f, "ip.checksum", "Header Checksum", at + 10, 2, hex16);
  const src = c.slice(at + 12, 4);
  const dst = c.slice(at + 16, 4);
  const addr = (abbrev: string, name: string, p: number) => {
    c.need(f, p, 4, name);
    const text = ipv4Text(c.slice(p, 4));
    f.children.push(node(abbrev, name, p, 4, text, `${name}: ${text}`));
    return text;
  };
  const srcText = addr("ip.src", "Source Address", at + 12);
  const dstText = addr("ip.dst", "Destination Address", at + 16);
  const hlen = ihl * 4;
  c.need(f, at + 20, hlen - 20, "Options");
  if (hlen > 20) ipv4Options(c, f, at + 20, at + hlen);
  f.length = hlen;
  const sumField = f.children.find((x) => x.abbrev === "ip.checksum")!;
  const header = Uint8Array.from(c.slice(at, hlen));
  header[10] = header[11] = 0;
  const should = internetChecksum(header);
  sumField.show += should === sum ? " [correct]" : ` [incorrect, should be ${hex16(should)}]`;
  if (should !== sum) sumField.problem = f.problem = "bad-checksum";
  f.show = `Internet Protocol Version 4, Src: ${srcText}, Dst: ${dstText}`;
  const lenField = f.children.find((x) => x.abbrev === "ip.len")!;
  if (total < hlen) {
    lenField.show += ` (bogus, less than the header length ${hlen})`;
    lenField.problem = f.problem = "bad-length";
    return { field: f, next: { type: "data", at: at + hlen, end: c.end } };
  }
  if (at + total > c.end) {
    lenField.show += ` (the frame holds ${c.end - at})`;
    lenField.problem = "truncated";
    f.problem ??= "truncated";
  }
  const end = Math.min(c.end, at + total);
  const more = (fv & 1) === 1;
  if (fragOffset > 0) return { field: f, next: { type: "data", at: at + hlen, end, label: `Fragment data (offset ${fragOffset * 8})` } };
  return { field: f, next: { type: "ip", value: proto, at: at + hlen, end, ip: { version: 4, src, dst, fragment: more || at + total > c.end } } };
}

export function ipv6(c: Cursor, at: number): Layer {
  const f = c.open("ipv6", "Internet Protocol Version 6", at, 40, "", "Internet Protocol Version 6");
  c.need(f, at, 4, "Version, Traffic Class, Flow Label");
  addBits(c, f, "ipv6.version", "Version", at, 8, 0, 4);
  dsField(c, f, "ipv6.tclass", "Traffic Class", at, 32, 4);
  addBits(c, f, "ipv6.flow", "Flow Label", at, 32, 12, 20, (v) => "0x" + v.toString(16).padStart(5, "0"));
  const plen = addUint(c, f, "ipv6.plen", "Payload Length", at + 4, 2);
  const nh = addUint(c, f, "ipv6.nxt", "Next Header", at + 6, 1, protoName);
  addUint(c, f, "ipv6.hlim", "Hop Limit", at + 7, 1);
  const addr = (abbrev: string, name: string, p: number) => {
    c.need(f, p, 16, name);
    const text = ipv6Text(c.slice(p, 16));
    f.children.push(node(abbrev, name, p, 16, text, `${name}: ${text}`));
    return text;
  };
  const srcText = addr("ipv6.src", "Source Address", at + 8);
  const dstText = addr("ipv6.dst", "Destination Address", at + 24);
  f.show = `Internet Protocol Version 6, Src: ${srcText}, Dst: ${dstText}`;
  if (at + 40 + plen > c.end) {
    const lenField = f.children.find((x) => x.abbrev === "ipv6.plen")!;
    lenField.show += ` (the frame holds ${c.end - at - 40})`;
    lenField.problem = f.problem = "truncated";
  }
  const end = Math.min(c.end, at + 40 + plen);
  const ip: IpContext = { version: 6, src: c.slice(at + 8, 16), dst: c.slice(at + 24, 16), fragment: at + 40 + plen > c.end };
  return { field: f, next: { type: "ip", value: nh, at: at + 40, end, ip } };
}

/** The two bytes every extension header starts with; returns its length in bytes. */
function extHead(c: Cursor, f: Field, prefix: string, at: number): { nh: number; len: number } {
  const nh = addUint(c, f, `${prefix}.nxt`, "Next Header", at, 1, protoName);
  const len = (addUint(c, f, `${prefix}.len`, "Length", at + 1, 1, (v) => `${v} (${(v + 1) * 8} bytes)`) + 1) * 8;
  f.length = len;
  return { nh, len };
}

export function ipv6Options(kind: "hopopts" | "dstopts"): (c: Cursor, at: number, ip?: IpContext) => Layer {
  return (c, at, ip) => {
    const name = kind === "hopopts" ? "IPv6 Hop-by-Hop Option" : "Destination Options for IPv6";
    const f = c.open(`ipv6.${kind}`, name, at, 8, "", name);
    const { nh, len } = extHead(c, f, `ipv6.${kind}`, at);
    c.need(f, at, len, "Options");
    for (let p = at + 2; p < at + len; ) {
      const type = c.uint(p, 1);
      const oname = named(IPV6_OPTIONS, type, `Unknown (0x${type.toString(16).padStart(2, "0")})`);
      if (type === 0) {
        f.children.push(node("ipv6.opt", "IPv6 Option", p, 1, type, `IPv6 Option (${oname})`));
        p += 1;
        continue;
      }
      const olen = p + 1 < at + len ? c.uint(p + 1, 1) : -1;
      const o = node("ipv6.opt", "IPv6 Option", p, Math.max(2, Math.min(olen + 2, at + len - p)), type, `IPv6 Option (${oname})`);
      f.children.push(o);
      o.children.push(node("ipv6.opt.type", "Type", p, 1, type, `Type: ${oname} (${type})`));
      if (olen < 0 || p + 2 + olen > at + len) {
        o.problem = f.problem = "malformed";
        o.show += " [runs past the header]";
        break;
      }
      o.children.push(node("ipv6.opt.length", "Length", p + 1, 1, olen, `Length: ${olen}`));
      if (olen) o.children.push(node("ipv6.opt.data", "Data", p + 2, olen, toHex(c.slice(p + 2, olen)), `Data: ${toHex(c.slice(p + 2, olen))}`));
      p += 2 + olen;
    }
    return { field: f, next: { type: "ip", value: nh, at: at + len, end: c.end, ip } };
  };
}

const ROUTING_TYPES: Record<number, string> = { 0: "IPv6 Source Routing", 2: "Type 2 Routing", 3: "RPL Source Route Header", 4: "Segment Routing" };

export function ipv6Routing(c: Cursor, at: number, ip?: IpContext): Layer {
  const f = c.open("ipv6.routing", "Routing Header for IPv6", at, 8, "", "Routing Header for IPv6");
  const { nh, len } = extHead(c, f, "ipv6.routing", at);
  const type = addUint(c, f, "ipv6.routing.type", "Type", at + 2, 1, (v) => `${named(ROUTING_TYPES, v)} (${v})`);
  const left = addUint(c, f, "ipv6.routing.segleft", "Segments Left", at + 3, 1);
  f.show = `Routing Header for IPv6 (${named(ROUTING_TYPES, type)})`;
  addUint(c, f, "ipv6.routing.data", type === 4 ? "Last Entry, Flags, Tag" : "Reserved", at + 4, 4, (v) => "0x" + v.toString(16).padStart(8, "0"));
  c.need(f, at, len, "Addresses");
  const addrs: Uint8Array[] = [];
  if (type === 0 || type === 2 || type === 4) {
    for (let p = at + 8, k = 1; p + 16 <= at + len; p += 16, k++) {
      const text = ipv6Text(c.slice(p, 16));
      addrs.push(c.slice(p, 16));
      f.children.push(node("ipv6.routing.addr", `Address[${k}]`, p, 16, text, `Address[${k}]: ${text}`));
    }
  }
  // RFC 8200 8.1: the upper layer's checksum uses the final destination
  const final = left > 0 && addrs.length ? addrs[type === 4 ? 0 : addrs.length - 1] : undefined;
  return { field: f, next: { type: "ip", value: nh, at: at + len, end: c.end, ip: ip && final ? { ...ip, dst: final } : ip } };
}

export function ipv6Fragment(c: Cursor, at: number, ip?: IpContext): Layer {
  const f = c.open("ipv6.fraghdr", "Fragment Header for IPv6", at, 8, "", "Fragment Header for IPv6");
  const nh = addUint(c, f, "ipv6.fragment.nxt", "Next header", at, 1, protoName);
  addUint(c, f, "ipv6.fragment.reserved_octet", "Reserved octet", at + 1, 1, (v) => hex16(v, 2));
  c.need(f, at + 2, 2, "Offset");
  const off = addBits(c, f, "ipv6.fragment.offset", "Offset", at + 2, 16, 0, 13, (v) => `${v} (${v * 8} bytes)`);
  addBits(c, f, "ipv6.fragment.reserved_bits", "Reserved bits", at + 2, 16, 13, 2);
  const more = addBits(c, f, "ipv6.fragment.more", "More Fragments", at + 2, 16, 15, 1, (v) => (v ? "Yes" : "No"));
  const id = addUint(c, f, "ipv6.fragment.id", "Identification", at + 4, 4, (v) => "0x" + v.toString(16).padStart(8, "0"));
  f.show = `Fragment Header for IPv6, offset: ${off * 8}, more: ${more ? "yes" : "no"}, id: 0x${id.toString(16).padStart(8, "0")}`;
  if (off > 0) return { field: f, next: { type: "data", at: at + 8, end: c.end, label: `Fragment data (offset ${off * 8})` } };
  return { field: f, next: { type: "ip", value: nh, at: at + 8, end: c.end, ip: ip ? { ...ip, fragment: ip.fragment || more === 1 } : undefined } };
}
