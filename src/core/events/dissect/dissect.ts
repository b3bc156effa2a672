// Bytes → a tree of labelled fields, protocol after protocol. Never throws: bytes that end early
// give a "truncated" field, values that make no sense are marked, and the walk is bounded.

import { dns } from "./dns.ts";
import { arp, ethernet, vlan } from "./link.ts";
import { ipv4, ipv6, ipv6Fragment, ipv6Options, ipv6Routing } from "./ip.ts";
import type { Dissector, Next } from "./layer.ts";
import { data, icmp, icmpv6, tcp, udp } from "./transport.ts";
import { Cursor, node, Truncated } from "./tree.ts";
import type { Field } from "./tree.ts";

/** Where the frame starts: a link-layer (Ethernet) header, or straight at an IP header (raw IP, as LINKTYPE_RAW). */
export type FrameStart = "ethernet" | "ip";

export interface Dissection {
  /** One node per protocol, outermost first; each holds its fields. */
  readonly layers: readonly Field[];
  /** Bytes past the last protocol's end (Ethernet padding), or undefined. */
  readonly trailer?: Field;
}

const BY_ETHERTYPE: Readonly<Record<number, Dissector>> = { 0x0800: ipv4, 0x86dd: ipv6, 0x0806: arp, 0x8100: vlan, 0x88a8: vlan };
const BY_IP_PROTOCOL: Readonly<Record<number, Dissector>> = {
  0: ipv6Options("hopopts"), 1: icmp, 4: ipv4, 6: tcp, 17: udp, 41: ipv6, 43: ipv6Routing, 44: ipv6Fragment, 58: icmpv6, 60: ipv6Options("dstopts"),
};

/** More headers than any real packet stacks; a loop of extension headers stops here. */
const MAX_LAYERS = 64;

function start(bytes: Uint8Array, from: FrameStart): Next {
  if (from === "ethernet") return { type: "ethertype", value: -1, at: 0, end: bytes.length };
  const version = bytes.length ? bytes[0] >> 4 : 4;
  return { type: "ethertype", value: version === 6 ? 0x86dd : 0x0800, at: 0, end: bytes.length };
}

export function dissect(bytes: Uint8Array, from: FrameStart = "ethernet"): Dissection {
  const layers: Field[] = [];
  let next: Next | undefined = start(bytes, from);
  let covered = 0;
  while (next && layers.length < MAX_LAYERS) {
    const n: Next = next;
    next = undefined;
    if (n.at >= n.end && n.type !== "ethertype") break;
    const c = new Cursor(bytes, Math.min(n.end, bytes.length));
    let d: Dissector | undefined;
    if (n.type === "ethertype") d = n.value === -1 ? ethernet : BY_ETHERTYPE[n.value];
    else if (n.type === "ip") d = n.value === 59 ? undefined : BY_IP_PROTOCOL[n.value];
    else if (n.type === "app") d = dns;
    if (!d) {
      if (n.at < c.end) layers.push(data(c, n.at, n.type === "data" ? n.label : undefined));
      covered = Math.max(covered, c.end);
      break;
    }
    let field: Field;
    try {
      const layer = d(c, n.at, n.type === "ip" ? n.ip : undefined);
      field = layer.field;
      next = layer.next;
      covered = Math.max(covered, n.at + field.length);
    } catch (e) {
      if (!(e instanceof Truncated)) {
        // a dissector bug must not take the page down; show it where it happened
        const f = node("malformed", "Malformed Packet", n.at, Math.max(0, c.end - n.at), String(e), `[Malformed Packet: ${(e as Error).message ?? e}]`);
        f.problem = "malformed";
        layers.push(f);
        return { layers };
      }
      // the layer whose bytes ran out keeps the fields it read, and ends with the truncated one
      field = c.layer ?? node("truncated", "Truncated", n.at, 0, "", "Truncated");
      field.length = Math.max(0, c.end - n.at);
      covered = bytes.length;
    }
    layers.push(field);
  }
  const trailer = covered < bytes.length && layers.length ? node("eth.padding", "Padding", covered, bytes.length - covered, "", `Padding: ${bytes.length - covered} bytes`) : undefined;
  return { layers, ...(trailer ? { trailer } : {}) };
}
