// DNS over UDP port 53 (RFC 1035 4.1): the header, the questions and the resource records, with
// compressed names followed through their pointers (bounded, so a pointer loop ends).

import { ipv4Text, ipv6Text, toHex } from "../bytes.ts";
import type { Layer } from "./layer.ts";
import { addBits, addUint, Cursor, hex16, node, Truncated } from "./tree.ts";
import type { Field } from "./tree.ts";

const TYPES: Readonly<Record<number, string>> = { 1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 12: "PTR", 15: "MX", 16: "TXT", 28: "AAAA", 33: "SRV", 41: "OPT", 65: "HTTPS", 255: "ANY" };
const CLASSES: Readonly<Record<number, string>> = { 1: "IN", 3: "CH", 4: "HS", 255: "ANY" };
const OPCODES = ["Standard query", "Inverse query", "Server status request"];
const RCODES = ["No error", "Format error", "Server failure", "No such name", "Not implemented", "Refused"];

/** A name at `at` within the message starting at `msg`: its text and the bytes it takes in place (pointers count 2). */
function readName(c: Cursor, msg: number, at: number): { text: string; length: number } | undefined {
  const labels: string[] = [];
  let p = at;
  let length = -1;
  for (let hops = 0; hops < 128; hops++) {
    if (p >= c.end) return undefined;
    const n = c.bytes[p];
    if (n === 0) {
      if (length < 0) length = p + 1 - at;
      return { text: labels.length ? labels.join(".") : "<Root>", length };
    }
    if ((n & 0xc0) === 0xc0) {
      if (p + 1 >= c.end) return undefined;
      if (length < 0) length = p + 2 - at;
      p = msg + (((n & 0x3f) << 8) | c.bytes[p + 1]);
      continue;
    }
    if (n & 0xc0 || p + 1 + n > c.end) return undefined;
    labels.push(Array.from(c.bytes.subarray(p + 1, p + 1 + n), (b) => (b > 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, "0")}`)).join(""));
    p += 1 + n;
  }
  return undefined;
}

/** A name, or the end of the layer: a name cut short, with a bad label or a pointer loop is marked malformed. */
function name(c: Cursor, f: Field, msg: number, at: number): { text: string; length: number } {
  const n = readName(c, msg, at);
  if (n) return n;
  const bad = node("dns.name.malformed", "Name", at, Math.max(0, c.end - at), "", "Name: malformed (cut short, a reserved label type, or a pointer loop)");
  bad.problem = "malformed";
  f.children.push(bad);
  throw new Truncated();
}

const typeText = (v: number) => `${TYPES[v] ?? "Unknown"} (${v})`;
const classText = (v: number) => `${CLASSES[v] ?? "Unknown"} (${hex16(v)})`;

export function dns(c: Cursor, at: number): Layer {
  const f = c.open("dns", "Domain Name System", at, 12, "", "Domain Name System");
  addUint(c, f, "dns.id", "Transaction ID", at, 2, hex16);
  c.need(f, at + 2, 2, "Flags");
  const fl = c.uint(at + 2, 2);
  const response = fl >> 15;
  const opcode = (fl >> 11) & 15;
  const flags = node("dns.flags", "Flags", at + 2, 2, fl, `Flags: ${hex16(fl)} ${OPCODES[opcode] ?? "Unknown operation"}${response ? " response" : ""}${response ? `, ${RCODES[fl & 15] ?? "Unknown error"}` : ""}`);
  f.children.push(flags);
  addBits(c, flags, "dns.flags.response", "Response", at + 2, 16, 0, 1, (v) => (v ? "Message is a response" : "Message is a query"));
  addBits(c, flags, "dns.flags.opcode", "Opcode", at + 2, 16, 1, 4, (v) => `${OPCODES[v] ?? "Unknown"} (${v})`);
  if (response) addBits(c, flags, "dns.flags.authoritative", "Authoritative", at + 2, 16, 5, 1, (v) => (v ? "Server is an authority for domain" : "Server is not an authority for domain"));
  addBits(c, flags, "dns.flags.truncated", "Truncated", at + 2, 16, 6, 1, (v) => (v ? "Message is truncated" : "Message is not truncated"));
  addBits(c, flags, "dns.flags.recdesired", "Recursion desired", at + 2, 16, 7, 1, (v) => (v ? "Do query recursively" : "Do not query recursively"));
  if (response) addBits(c, flags, "dns.flags.recavail", "Recursion available", at + 2, 16, 8, 1, (v) => (v ? "Server can do recursive queries" : "Server can't do recursive queries"));
  if (response) addBits(c, flags, "dns.flags.rcode", "Reply code", at + 2, 16, 12, 4, (v) => `${RCODES[v] ?? "Unknown"} (${v})`);
  const counts = [
    addUint(c, f, "dns.count.queries", "Questions", at + 4, 2),
    addUint(c, f, "dns.count.answers", "Answer RRs", at + 6, 2),
    addUint(c, f, "dns.count.auth_rr", "Authority RRs", at + 8, 2),
    addUint(c, f, "dns.count.add_rr", "Additional RRs", at + 10, 2),
  ];
  f.show = `Domain Name System (${response ? "response" : "query"})`;
  let p = at + 12;
  const sections = ["Queries", "Answers", "Authoritative nameservers", "Additional records"];
  for (let s = 0; s < 4; s++) {
    if (!counts[s]) continue;
    const sec = node(`dns.${["qry", "resp", "auth", "add"][s]}`, sections[s], p, 0, counts[s], sections[s]);
    f.children.push(sec);
    for (let k = 0; k < counts[s]; k++) {
      const n = name(c, sec, at, p);
      const fixed = s === 0 ? 4 : 10;
      c.need(sec, p + n.length, fixed, s === 0 ? "Type and Class" : "Type, Class, TTL and Length");
      const type = c.uint(p + n.length, 2);
      const cls = c.uint(p + n.length + 2, 2);
      const rr = node(s === 0 ? "dns.qry" : "dns.rr", n.text, p, n.length + fixed, n.text, `${n.text}: type ${TYPES[type] ?? type}, class ${CLASSES[cls] ?? cls}`);
      sec.children.push(rr);
      rr.children.push(node(s === 0 ? "dns.qry.name" : "dns.resp.name", "Name", p, n.length, n.text, `Name: ${n.text}`));
      addUint(c, rr, s === 0 ? "dns.qry.type" : "dns.resp.type", "Type", p + n.length, 2, typeText);
      addUint(c, rr, s === 0 ? "dns.qry.class" : "dns.resp.class", "Class", p + n.length + 2, 2, classText);
      p += n.length + 4;
      if (s > 0) {
        addUint(c, rr, "dns.resp.ttl", "Time to live", p, 4, (v) => `${v}`);
        const len = addUint(c, rr, "dns.resp.len", "Data length", p + 4, 2);
        c.need(rr, p + 6, len, "Data");
        const data = c.slice(p + 6, len);
        const text = type === 1 && len === 4 ? ipv4Text(data) : type === 28 && len === 16 ? ipv6Text(data) : [2, 5, 12].includes(type) ? (readName(c, at, p + 6)?.text ?? toHex(data)) : toHex(data);
        const label = type === 1 ? "Address" : type === 28 ? "AAAA Address" : [2, 5, 12].includes(type) ? (TYPES[type] === "PTR" ? "Domain Name" : TYPES[type]) : "Data";
        rr.children.push(node("dns.resp.data", label!, p + 6, len, text, `${label}: ${text}`));
        rr.show += `, ${label === "Address" ? "addr" : label} ${text}`;
        rr.length += len;
        p += 6 + len;
      }
    }
    sec.length = p - sec.offset;
  }
  f.length = p - at;
  return { field: f, next: { type: "data", at: p, end: c.end } };
}
