// Packet description → bytes. Layers are encoded last to first, so each header knows the length
// of what follows it (IP total length, UDP length) and the bytes its checksum covers.

import { concatBytes, utf8 } from "../bytes.ts";
import { FieldError, hex, ipv4, ipv6 } from "./fields.ts";
import { encodeIpv4, encodeIpv6, encodeIpv6Fragment, encodeIpv6Options, encodeIpv6Routing, finalDestination } from "./ip.ts";
import type { Ipv6RoutingLayer, Layer, LayerKind, Packet } from "./layers.ts";
import { encodeArp, encodeEthernet, ETH_P_ARP, ETH_P_IP, ETH_P_IPV6 } from "./link.ts";
import { encodeIcmp, encodeIcmpv6, encodeTcp, encodeUdp } from "./transport.ts";
import type { Pseudo } from "./transport.ts";

export type BuildResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly layer: number; readonly field: string; readonly message: string };

const ETHERTYPES: Partial<Record<LayerKind, number>> = { ipv4: ETH_P_IP, ipv6: ETH_P_IPV6, arp: ETH_P_ARP };

/** IP protocol / IPv6 next-header numbers (IANA "Assigned Internet Protocol Numbers"). */
export const IP_PROTOCOLS: Partial<Record<LayerKind, number>> = {
  hopbyhop: 0, icmp: 1, ipv4: 4, tcp: 6, udp: 17, ipv6: 41, routing: 43, fragment: 44, icmpv6: 58, destopts: 60,
};

const IPV6_EXTENSIONS: ReadonlySet<LayerKind> = new Set(["hopbyhop", "routing", "fragment", "destopts"]);

/** The pseudo-header (RFC 793 3.1, RFC 768, RFC 8200 8.1) for the upper layer at index i, if an IP layer is in front. */
function pseudoFor(layers: readonly Layer[], i: number): Pseudo {
  let routing: Ipv6RoutingLayer | undefined;
  for (let k = i - 1; k >= 0; k--) {
    const l = layers[k];
    if (l.kind === "routing") routing = l;
    if (IPV6_EXTENSIONS.has(l.kind)) continue;
    else if (l.kind === "ipv4") {
      const src = ipv4("src", l.src);
      const dst = ipv4("dst", l.dst);
      return (protocol, length) => Uint8Array.of(...src, ...dst, 0, protocol, (length >>> 8) & 0xff, length & 0xff);
    } else if (l.kind === "ipv6") {
      const src = ipv6("src", l.src);
      const dst = finalDestination(l, routing);
      return (protocol, length) => Uint8Array.of(...src, ...dst, (length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, 0, 0, 0, protocol);
    }
    return undefined;
  }
  return undefined;
}

function encode(layers: readonly Layer[], i: number, rest: Uint8Array): Uint8Array {
  const l = layers[i];
  const next = layers[i + 1]?.kind;
  const proto = next === undefined ? undefined : IP_PROTOCOLS[next];
  switch (l.kind) {
    case "ethernet":
      return encodeEthernet(l, next === undefined ? undefined : ETHERTYPES[next]);
    case "arp":
      return encodeArp(l);
    case "ipv4":
      return encodeIpv4(l, proto, rest.length);
    case "ipv6":
      return encodeIpv6(l, proto ?? 59, rest.length);
    case "hopbyhop":
    case "destopts":
      return encodeIpv6Options(l, proto);
    case "routing":
      return encodeIpv6Routing(l, proto);
    case "fragment":
      return encodeIpv6Fragment(l, proto);
    case "tcp":
      return encodeTcp(l, rest, pseudoFor(layers, i));
    case "udp":
      return encodeUdp(l, rest, pseudoFor(layers, i));
    case "icmp":
      return encodeIcmp(l, rest);
    case "icmpv6":
      return encodeIcmpv6(l, rest, pseudoFor(layers, i));
    case "payload":
      return l.hex !== undefined ? hex("hex", l.hex) : utf8(l.text ?? "");
    default:
      throw new FieldError("kind", `kind: '${(l as { kind: unknown }).kind}' is not a layer bpfplay builds`);
  }
}

export function build(p: Packet): BuildResult {
  if (!p || !Array.isArray(p.layers)) return { ok: false, layer: -1, field: "layers", message: "layers: a packet is a list of layers" };
  let rest: Uint8Array = new Uint8Array(0);
  for (let i = p.layers.length - 1; i >= 0; i--) {
    try {
      rest = concatBytes([encode(p.layers, i, rest), rest]);
    } catch (e) {
      const what = `layer ${i} (${String(p.layers[i]?.kind)})`;
      if (e instanceof FieldError) return { ok: false, layer: i, field: e.field, message: `${what}: ${e.message}` };
      // a description from JSON can hold anything (a number where text belongs): still a value, never a throw
      return { ok: false, layer: i, field: "", message: `${what}: ${(e as Error).message}` };
    }
  }
  if (p.truncate !== undefined) {
    if (!Number.isInteger(p.truncate) || p.truncate < 0) return { ok: false, layer: -1, field: "truncate", message: `truncate: ${p.truncate} is not a byte count` };
    rest = rest.slice(0, p.truncate);
  }
  return { ok: true, bytes: rest };
}
