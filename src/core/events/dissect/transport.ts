// TCP, UDP, ICMP, ICMPv6 and the data that follows them.

import { internetChecksum, toHex } from "../bytes.ts";
import type { IpContext, Layer } from "./layer.ts";
import { ICMP_TYPES, ICMPV6_TYPES, named, TCP_OPTIONS } from "./names.ts";
import { addBits, addUint, Cursor, hex16, node, setNotSet } from "./tree.ts";
import type { Field } from "./tree.ts";

function pseudo(ip: IpContext, protocol: number, length: number): Uint8Array {
  const l = [(length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff];
  return ip.version === 4 ? Uint8Array.of(...ip.src, ...ip.dst, 0, protocol, l[2], l[3]) : Uint8Array.of(...ip.src, ...ip.dst, ...l, 0, 0, 0, protocol);
}

/** Marks the checksum field correct or not; it covers [at, end) with the checksum at `sumAt` taken as zero. */
function verifySum(c: Cursor, f: Field, sumField: Field, at: number, end: number, sumAt: number, ip: IpContext | undefined, protocol: number | undefined, length = end - at): void {
  if (protocol !== undefined && (!ip || ip.fragment)) {
    sumField.show += ip ? " [unverified: a fragment or truncated datagram]" : " [unverified: no IP header in front]";
    return;
  }
  const body = Uint8Array.from(c.slice(at, end - at));
  body[sumAt - at] = body[sumAt - at + 1] = 0;
  const should = internetChecksum(...(protocol !== undefined && ip ? [pseudo(ip, protocol, length)] : []), body) || (protocol === 17 ? 0xffff : 0);
  const is = sumField.value as number;
  if (should === is) sumField.show += " [correct]";
  else {
    sumField.show += ` [incorrect, should be ${hex16(should)}]`;
    sumField.problem = f.problem = "bad-checksum";
  }
}

const TCP_FLAGS = [
  ["tcp.flags.fin", "Fin", "FIN"], ["tcp.flags.syn", "Syn", "SYN"], ["tcp.flags.reset", "Reset", "RST"], ["tcp.flags.push", "Push", "PSH"],
  ["tcp.flags.ack", "Acknowledgment", "ACK"], ["tcp.flags.urg", "Urgent", "URG"], ["tcp.flags.ece", "ECN-Echo", "ECE"],
  ["tcp.flags.cwr", "Congestion Window Reduced", "CWR"], ["tcp.flags.ae", "Accurate ECN", "AE"],
] as const;

function tcpOptions(c: Cursor, into: Field, at: number, end: number): void {
  const f = node("tcp.options", "Options", at, end - at, toHex(c.slice(at, end - at)), `Options: (${end - at} bytes)`);
  into.children.push(f);
  const names: string[] = [];
  for (let p = at; p < end; ) {
    const kind = c.uint(p, 1);
    const name = named(TCP_OPTIONS, kind, `Unknown (${kind})`);
    names.push(name);
    if (kind === 0 || kind === 1) {
      const o = node("tcp.option_kind", name, p, 1, kind, `TCP Option - ${name}`);
      o.children.push(node("tcp.option_kind", "Kind", p, 1, kind, `Kind: ${name} (${kind})`));
      f.children.push(o);
      p++;
      if (kind === 0) break;
      continue;
    }
    const len = p + 1 < end ? c.uint(p + 1, 1) : 0;
    const o = node("tcp.option", name, p, Math.min(Math.max(len, 2), end - p), kind, `TCP Option - ${name}`);
    f.children.push(o);
    o.children.push(node("tcp.option_kind", "Kind", p, 1, kind, `Kind: ${name} (${kind})`));
    if (len < 2 || p + len > end) {
      o.show += ` [bad length: ${len}]`;
      o.problem = f.problem = "malformed";
      break;
    }
    o.children.push(node("tcp.option_len", "Length", p + 1, 1, len, `Length: ${len}`));
    const sub = (abbrev: string, label: string, off: number, n: number, show?: (v: number) => string) => {
      const v = c.uint(p + off, n);
      o.children.push(node(abbrev, label, p + off, n, v, `${label}: ${show ? show(v) : v}`));
      return v;
    };
    if (kind === 2 && len === 4) o.show += `: ${sub("tcp.options.mss_val", "MSS Value", 2, 2)} bytes`;
    else if (kind === 3 && len === 3) {
      const s = sub("tcp.options.wscale.shift", "Shift count", 2, 1);
      o.children.push(node("tcp.options.wscale.multiplier", "Multiplier", p + 2, 1, 2 ** s, `[Multiplier: ${2 ** s}]`));
      o.show += `: ${s} (multiply by ${2 ** s})`;
    } else if (kind === 8 && len === 10) {
      o.show += `: TSval ${sub("tcp.options.timestamp.tsval", "Timestamp value", 2, 4)}, TSecr ${sub("tcp.options.timestamp.tsecr", "Timestamp echo reply", 6, 4)}`;
    } else if (kind === 5 && (len - 2) % 8 === 0) {
      for (let k = 2; k < len; k += 8) o.show += ` ${sub("tcp.options.sack_le", "left edge", k, 4)}-${sub("tcp.options.sack_re", "right edge", k + 4, 4)}`;
    } else if (len > 2) o.children.push(node("tcp.options.data", "Data", p + 2, len - 2, toHex(c.slice(p + 2, len - 2)), `Data: ${toHex(c.slice(p + 2, len - 2))}`));
    p += len;
  }
  f.show += ", " + names.join(", ");
}

export function tcp(c: Cursor, at: number, ip?: IpContext): Layer {
  const f = c.open("tcp", "Transmission Control Protocol", at, 20, "", "Transmission Control Protocol");
  const sp = addUint(c, f, "tcp.srcport", "Source Port", at, 2);
  const dp = addUint(c, f, "tcp.dstport", "Destination Port", at + 2, 2);
  const seq = addUint(c, f, "tcp.seq_raw", "Sequence Number (raw)", at + 4, 4);
  addUint(c, f, "tcp.ack_raw", "Acknowledgment number (raw)", at + 8, 4);
  c.need(f, at + 12, 2, "Header Length and Flags");
  const off = addBits(c, f, "tcp.hdr_len", "Header Length", at + 12, 8, 0, 4, (v) => `${v * 4} bytes (${v})`);
  const bits = c.uint(at + 12, 2) & 0xfff;
  const set = TCP_FLAGS.filter((_, i) => bits & (1 << i)).map((x) => x[2]);
  const flags = node("tcp.flags", "Flags", at + 12, 2, bits, `Flags: 0x${bits.toString(16).padStart(3, "0")}${set.length ? ` (${set.join(", ")})` : ""}`, { offset: 4, length: 12 });
  f.children.push(flags);
  addBits(c, flags, "tcp.flags.res", "Reserved", at + 12, 16, 4, 3, setNotSet);
  for (let i = TCP_FLAGS.length - 1; i >= 0; i--) addBits(c, flags, TCP_FLAGS[i][0], TCP_FLAGS[i][1], at + 12, 16, 15 - i, 1, setNotSet);
  addUint(c, f, "tcp.window_size_value", "Window", at + 14, 2);
  addUint(c, f, "tcp.checksum", "Checksum", at + 16, 2, hex16);
  addUint(c, f, "tcp.urgent_pointer", "Urgent Pointer", at + 18, 2);
  const hlen = off * 4;
  if (off < 5) {
    const h = f.children.find((x) => x.abbrev === "tcp.hdr_len")!;
    h.show += " (bogus, must be at least 20)";
    h.problem = f.problem = "malformed";
    return { field: f, next: { type: "data", at: at + 20, end: c.end } };
  }
  c.need(f, at + 20, hlen - 20, "Options");
  if (hlen > 20) tcpOptions(c, f, at + 20, at + hlen);
  f.length = hlen;
  f.show = `Transmission Control Protocol, Src Port: ${sp}, Dst Port: ${dp}, Seq: ${seq}, Len: ${c.end - at - hlen}`;
  verifySum(c, f, f.children.find((x) => x.abbrev === "tcp.checksum")!, at, c.end, at + 16, ip, 6);
  return { field: f, next: { type: "data", at: at + hlen, end: c.end } };
}

export function udp(c: Cursor, at: number, ip?: IpContext): Layer {
  const f = c.open("udp", "User Datagram Protocol", at, 8, "", "User Datagram Protocol");
  const sp = addUint(c, f, "udp.srcport", "Source Port", at, 2);
  const dp = addUint(c, f, "udp.dstport", "Destination Port", at + 2, 2);
  const len = addUint(c, f, "udp.length", "Length", at + 4, 2);
  const sum = addUint(c, f, "udp.checksum", "Checksum", at + 6, 2, hex16);
  f.show = `User Datagram Protocol, Src Port: ${sp}, Dst Port: ${dp}`;
  const lenField = f.children.find((x) => x.abbrev === "udp.length")!;
  const sumField = f.children.find((x) => x.abbrev === "udp.checksum")!;
  if (len < 8) {
    lenField.show += " (bogus, must be at least 8)";
    lenField.problem = f.problem = "bad-length";
    return { field: f, next: { type: "data", at: at + 8, end: c.end } };
  }
  if (at + len > c.end) {
    lenField.show += ` (the datagram holds ${c.end - at})`;
    lenField.problem = f.problem = "truncated";
    sumField.show += " [unverified: truncated]";
  } else if (sum === 0 && ip?.version === 4) sumField.show += " [zero-value ignored]";
  else verifySum(c, f, sumField, at, at + len, at + 6, ip ? { ...ip, fragment: ip.fragment && at + len > c.end } : ip, 17, len);
  const end = Math.min(c.end, at + len);
  return { field: f, next: sp === 53 || dp === 53 ? { type: "app", value: "dns", at: at + 8, end } : { type: "data", at: at + 8, end } };
}

function icmpCommon(c: Cursor, f: Field, at: number, types: Readonly<Record<number, string>>, v6: boolean): number {
  const type = addUint(c, f, `${f.abbrev}.type`, "Type", at, 1, (v) => (v6 ? `${named(types, v)} (${v})` : `${v} (${named(types, v)})`));
  addUint(c, f, `${f.abbrev}.code`, "Code", at + 1, 1);
  addUint(c, f, `${f.abbrev}.checksum`, "Checksum", at + 2, 2, hex16);
  return type;
}

export function icmp(c: Cursor, at: number, ip?: IpContext): Layer {
  const f = c.open("icmp", "Internet Control Message Protocol", at, 8, "", "Internet Control Message Protocol");
  const type = icmpCommon(c, f, at, ICMP_TYPES, false);
  if (type === 0 || type === 8) {
    addUint(c, f, "icmp.ident", "Identifier (BE)", at + 4, 2, (v) => `${v} (${hex16(v)})`);
    addUint(c, f, "icmp.seq", "Sequence Number (BE)", at + 6, 2, (v) => `${v} (${hex16(v)})`);
  } else addUint(c, f, "icmp.rest", "Rest of Header", at + 4, 4, (v) => "0x" + v.toString(16).padStart(8, "0"));
  const sumField = f.children.find((x) => x.abbrev === "icmp.checksum")!;
  if (ip?.fragment) sumField.show += " [unverified: a fragment or truncated datagram]";
  else verifySum(c, f, sumField, at, c.end, at + 2, ip, undefined);
  return { field: f, next: { type: "data", at: at + 8, end: c.end } };
}

export function icmpv6(c: Cursor, at: number, ip?: IpContext): Layer {
  const f = c.open("icmpv6", "Internet Control Message Protocol v6", at, 8, "", "Internet Control Message Protocol v6");
  const type = icmpCommon(c, f, at, ICMPV6_TYPES, true);
  if (type === 128 || type === 129) {
    addUint(c, f, "icmpv6.echo.identifier", "Identifier", at + 4, 2, hex16);
    addUint(c, f, "icmpv6.echo.sequence_number", "Sequence", at + 6, 2);
  } else addUint(c, f, "icmpv6.reserved", "Rest of Header", at + 4, 4, (v) => "0x" + v.toString(16).padStart(8, "0"));
  verifySum(c, f, f.children.find((x) => x.abbrev === "icmpv6.checksum")!, at, c.end, at + 2, ip, 58);
  return { field: f, next: { type: "data", at: at + 8, end: c.end } };
}

const printable = (b: Uint8Array) => b.every((x) => (x >= 0x20 && x < 0x7f) || x === 0x0d || x === 0x0a || x === 0x09);

export function data(c: Cursor, at: number, label = "Data"): Field {
  const b = c.slice(at, c.end - at);
  const f = node("data", label, at, b.length, toHex(b), `${label} (${b.length} byte${b.length === 1 ? "" : "s"})`);
  f.children.push(node("data.data", "Data", at, b.length, toHex(b), `Data: ${toHex(b.subarray(0, 32))}${b.length > 32 ? "…" : ""}`));
  if (b.length && printable(b)) {
    const text = Array.from(b, (x) => String.fromCharCode(x)).join("");
    f.children.push(node("data.text", "Text", at, b.length, text, `Text: ${JSON.stringify(text)}`));
  }
  f.children.push(node("data.len", "Length", at, b.length, b.length, `[Length: ${b.length}]`));
  return f;
}
