// The few fields of a packet a person changes most (addresses, ports, TCP flags, payload text),
// read from and written into a packet description, and read back from the dissection of bytes
// typed by hand. Each field is checked on its own so every bad one is marked where it is typed;
// a packet with a bad field keeps its last good bytes.

import { build } from "../../../core/events/packet/build.ts";
import type { Layer, Packet } from "../../../core/events/packet/layers.ts";
import { parseIpv4, parseIpv6, parseMac } from "../../../core/events/bytes.ts";
import type { Dissection } from "../../../core/events/dissect/dissect.ts";
import type { Field } from "../../../core/events/dissect/tree.ts";

export type FormKey = "ethSrc" | "ethDst" | "src" | "dst" | "srcPort" | "dstPort" | "flags" | "payload";
export type FormValues = Partial<Record<FormKey, string>>;
export type FormErrors = Partial<Record<FormKey, string>>;

export interface FormField {
  readonly key: FormKey;
  readonly label: string;
  readonly hint: string;
}

const TRANSPORT = new Set<Layer["kind"]>(["tcp", "udp", "icmp", "icmpv6"]);
const TCP_FLAGS = "FSRPAUECN";

/** The form's fields for this packet, in the order they sit in the frame. */
export function formFields(p: Packet): FormField[] {
  const kinds = new Set(p.layers.map((l) => l.kind));
  const ip = kinds.has("ipv6") ? "IPv6" : kinds.has("ipv4") ? "IPv4" : kinds.has("arp") ? "ARP" : undefined;
  const out: FormField[] = [];
  if (kinds.has("ethernet")) out.push({ key: "ethSrc", label: "Source MAC", hint: "02:00:00:00:00:01" }, { key: "ethDst", label: "Destination MAC", hint: "02:00:00:00:00:02" });
  if (ip === "ARP") out.push({ key: "src", label: "Sender IP", hint: "10.0.0.1" }, { key: "dst", label: "Target IP", hint: "10.0.0.2" });
  else if (ip) out.push({ key: "src", label: `Source ${ip}`, hint: ip === "IPv6" ? "2001:db8::1" : "10.0.0.1" }, { key: "dst", label: `Destination ${ip}`, hint: ip === "IPv6" ? "2001:db8::2" : "10.0.0.2" });
  const l4 = kinds.has("tcp") ? "TCP" : kinds.has("udp") ? "UDP" : undefined;
  if (l4) out.push({ key: "srcPort", label: `${l4} source port`, hint: "0 to 65535" }, { key: "dstPort", label: `${l4} destination port`, hint: "0 to 65535" });
  if (kinds.has("tcp")) out.push({ key: "flags", label: "TCP flags", hint: "tcpdump's letters: S, SA, PA, F, R ..." });
  if (payloadEditable(p)) out.push({ key: "payload", label: "Payload text", hint: "\\r\\n and \\xNN as escapes" });
  return out;
}

/** A payload given as text, or none after a transport header (a text payload can be added). */
function payloadEditable(p: Packet): boolean {
  const last = p.layers[p.layers.length - 1];
  return last !== undefined && ((last.kind === "payload" && last.hex === undefined) || TRANSPORT.has(last.kind));
}

/** Text with CR, LF, tab, backslash and non-printing bytes as escapes, for a one-line input. */
export function escapeText(s: string): string {
  return s.replace(/[\\\r\n\t]|[^\x20-\x7e\u00a0-\uffff]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\r" ? "\\r" : c === "\n" ? "\\n" : c === "\t" ? "\\t" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

/** The inverse of escapeText; a message for a broken escape. */
export function unescapeText(s: string): string | { readonly error: string } {
  let out = "";
  for (let k = 0; k < s.length; k++) {
    if (s[k] !== "\\") {
      out += s[k];
      continue;
    }
    const c = s[++k];
    if (c === "r") out += "\r";
    else if (c === "n") out += "\n";
    else if (c === "t") out += "\t";
    else if (c === "\\") out += "\\";
    else if (c === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(k + 1, k + 3))) {
      out += String.fromCharCode(parseInt(s.slice(k + 1, k + 3), 16));
      k += 2;
    } else return { error: `'\\${c ?? ""}' at column ${k} is not an escape (\\r \\n \\t \\\\ \\xNN)` };
  }
  return out;
}

/** The form's values as the description has them. */
export function formValues(p: Packet): FormValues {
  const v: FormValues = {};
  for (const l of p.layers) {
    if (l.kind === "ethernet") Object.assign(v, { ethSrc: l.src, ethDst: l.dst });
    else if ((l.kind === "ipv4" || l.kind === "ipv6") && v.src === undefined) Object.assign(v, { src: l.src, dst: l.dst });
    else if (l.kind === "arp") Object.assign(v, { src: l.senderIp, dst: l.targetIp });
    else if (l.kind === "tcp" || l.kind === "udp") {
      Object.assign(v, { srcPort: String(l.srcPort), dstPort: String(l.dstPort) });
      if (l.kind === "tcp") v.flags = l.flags ?? "";
    } else if (l.kind === "payload" && l.hex === undefined) v.payload = escapeText(l.text ?? "");
  }
  if (v.payload === undefined && payloadEditable(p)) v.payload = "";
  return v;
}

function port(s: string): number | string {
  const t = s.trim();
  if (!/^\d+$/.test(t)) return `'${s}' is not a port number`;
  const n = Number(t);
  return n <= 65535 ? n : `${n} is more than 65535`;
}

/** Each field checked alone: what is wrong with it, in words, or nothing. */
export function checkForm(p: Packet, v: FormValues): FormErrors {
  const errors: FormErrors = {};
  const v6 = p.layers.some((l) => l.kind === "ipv6");
  for (const k of ["ethSrc", "ethDst"] as const) if (v[k] !== undefined && !parseMac(v[k].trim())) errors[k] = `'${v[k]}' is not a MAC address (like 02:00:00:00:00:01)`;
  for (const k of ["src", "dst"] as const) {
    if (v[k] === undefined) continue;
    if (v6 ? !parseIpv6(v[k].trim()) : !parseIpv4(v[k].trim())) errors[k] = `'${v[k]}' is not an ${v6 ? "IPv6 address (like 2001:db8::1)" : "IPv4 address (like 10.0.0.1)"}`;
  }
  for (const k of ["srcPort", "dstPort"] as const) {
    const n = v[k] === undefined ? 0 : port(v[k]);
    if (typeof n === "string") errors[k] = n;
  }
  if (v.flags !== undefined) {
    const bad = [...v.flags.trim().toUpperCase()].find((c) => !TCP_FLAGS.includes(c));
    if (bad !== undefined) errors.flags = `'${bad}' is not a TCP flag (F S R P A U E C N)`;
  }
  if (v.payload !== undefined) {
    const t = unescapeText(v.payload);
    if (typeof t !== "string") errors.payload = t.error;
  }
  return errors;
}

/** The description with the form's values written in (call only when checkForm found nothing). */
export function applyForm(p: Packet, v: FormValues): Packet {
  const text = v.payload === undefined ? undefined : unescapeText(v.payload);
  const payload = typeof text === "string" ? text : undefined;
  let ipDone = false;
  const layers: Layer[] = p.layers.map((l): Layer => {
    switch (l.kind) {
      case "ethernet":
        return { ...l, src: v.ethSrc?.trim() ?? l.src, dst: v.ethDst?.trim() ?? l.dst };
      case "ipv4":
      case "ipv6":
        if (ipDone) return l;
        ipDone = true;
        return { ...l, src: v.src?.trim() ?? l.src, dst: v.dst?.trim() ?? l.dst };
      case "arp":
        return { ...l, senderIp: v.src?.trim() ?? l.senderIp, targetIp: v.dst?.trim() ?? l.targetIp, senderMac: v.ethSrc?.trim() ?? l.senderMac };
      case "tcp":
      case "udp": {
        const ports = { srcPort: v.srcPort === undefined ? l.srcPort : Number(v.srcPort), dstPort: v.dstPort === undefined ? l.dstPort : Number(v.dstPort) };
        return l.kind === "tcp" ? { ...l, ...ports, flags: v.flags === undefined ? l.flags : [...new Set(v.flags.trim().toUpperCase())].join("") } : { ...l, ...ports };
      }
      case "payload":
        return l.hex === undefined && payload !== undefined ? { ...l, text: payload } : l;
      default:
        return l;
    }
  });
  const last = layers[layers.length - 1];
  if (payload && last && TRANSPORT.has(last.kind)) layers.push({ kind: "payload", text: payload });
  if (payload === "" && last?.kind === "payload" && last.hex === undefined && layers.length > 1 && TRANSPORT.has(layers[layers.length - 2].kind)) layers.pop();
  return { ...p, layers };
}

/** Bytes as spaced hex, the form the Packet (hex) inputs show. */
export const spacedHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");

/** The description's bytes as spaced hex, or the builder's message. */
export function buildHex(p: Packet): { readonly hex: string } | { readonly error: string } {
  const r = build(p);
  return r.ok ? { hex: spacedHex(r.bytes) } : { error: r.message };
}

function find(fields: readonly Field[], abbrev: string, depth = 0): Field | undefined {
  for (const f of fields) {
    if (f.abbrev === abbrev) return f;
    const inner = depth < 8 ? find(f.children, abbrev, depth + 1) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

const TCP_FLAG_BITS: readonly [string, string][] = [
  ["tcp.flags.fin", "F"], ["tcp.flags.syn", "S"], ["tcp.flags.reset", "R"], ["tcp.flags.push", "P"],
  ["tcp.flags.ack", "A"], ["tcp.flags.urg", "U"], ["tcp.flags.ece", "E"], ["tcp.flags.cwr", "C"], ["tcp.flags.ae", "N"],
];

/** The form's values as bytes typed by hand say them (the fields the dissection found). */
export function valuesFromDissection(d: Dissection): FormValues {
  const v: FormValues = {};
  const str = (abbrev: string) => {
    const f = find(d.layers, abbrev);
    return f === undefined ? undefined : String(f.value);
  };
  const set = (k: FormKey, ...abbrevs: string[]) => {
    for (const a of abbrevs) {
      const s = str(a);
      if (s !== undefined) return void (v[k] = s);
    }
  };
  set("ethSrc", "eth.src");
  set("ethDst", "eth.dst");
  set("src", "ip.src", "ipv6.src", "arp.src.proto_ipv4");
  set("dst", "ip.dst", "ipv6.dst", "arp.dst.proto_ipv4");
  set("srcPort", "tcp.srcport", "udp.srcport");
  set("dstPort", "tcp.dstport", "udp.dstport");
  if (find(d.layers, "tcp.flags")) v.flags = TCP_FLAG_BITS.filter(([a]) => find(d.layers, a)?.value === 1).map(([, c]) => c).join("");
  const text = find(d.layers, "data.text");
  if (text) v.payload = escapeText(String(text.value));
  return v;
}
