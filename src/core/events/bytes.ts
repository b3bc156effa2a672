// Byte-level facts shared by the builder, the dissector and the pcap readers: the Internet
// checksum (RFC 1071), address text forms, hex.

/** The 16-bit one's complement of the one's complement sum of `parts` (RFC 1071), as it goes in the header. */
export function internetChecksum(...parts: readonly Uint8Array[]): number {
  let sum = 0;
  // Parts are summed as one stream: an odd-length part shifts the next one's byte pairing.
  let odd = false;
  let carryByte = 0;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      if (odd) {
        sum += (carryByte << 8) | p[i];
        odd = false;
      } else {
        carryByte = p[i];
        odd = true;
      }
    }
    sum = (sum & 0xffff) + (sum >>> 16);
  }
  if (odd) sum += carryByte << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export function toHex(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += HEX[b[i]];
  return s;
}

/** Whole hex bytes, spaces, colons and a leading 0x allowed; undefined when it is not hex. */
export function fromHex(text: string): Uint8Array | undefined {
  const d = text.replace(/^\s*0x/i, "").replace(/[\s:]+/g, "");
  if (!/^[0-9a-fA-F]*$/.test(d) || d.length % 2) return undefined;
  const out = new Uint8Array(d.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(d.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export const macText = (b: Uint8Array): string => Array.from(b, (x) => HEX[x]).join(":");
export const ipv4Text = (b: Uint8Array): string => Array.from(b).join(".");

/** RFC 5952 text: lower case, leading zeros dropped, the longest run (two or more) of zero groups as "::". */
export function ipv6Text(b: Uint8Array): string {
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((b[i] << 8) | b[i + 1]);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hexes = g.map((x) => x.toString(16));
  if (best < 0) return hexes.join(":");
  return hexes.slice(0, best).join(":") + "::" + hexes.slice(best + bestLen).join(":");
}

/** "02:00:00:00:00:01" or "02-00-..." → 6 bytes. */
export function parseMac(s: string): Uint8Array | undefined {
  const p = s.split(/[:-]/);
  if (p.length !== 6 || !p.every((x) => /^[0-9a-fA-F]{1,2}$/.test(x))) return undefined;
  return Uint8Array.from(p, (x) => parseInt(x, 16));
}

export function parseIpv4(s: string): Uint8Array | undefined {
  const p = s.split(".");
  if (p.length !== 4 || !p.every((x) => /^\d{1,3}$/.test(x) && Number(x) < 256)) return undefined;
  return Uint8Array.from(p, Number);
}

export function parseIpv6(s: string): Uint8Array | undefined {
  let text = s;
  // an embedded IPv4 address ("::ffff:10.0.0.1") is two groups written another way
  const v4 = /(^|:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = parseIpv4(v4[2]);
    if (!b) return undefined;
    text = text.slice(0, -v4[2].length) + ((b[0] << 8) | b[1]).toString(16) + ":" + ((b[2] << 8) | b[3]).toString(16);
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const group = (h: string) => (h === "" ? [] : h.split(":"));
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  if (![...head, ...rest].every((x) => /^[0-9a-fA-F]{1,4}$/.test(x))) return undefined;
  const n = head.length + rest.length;
  if (halves.length === 1 ? n !== 8 : n > 7) return undefined;
  const groups = [...head, ...new Array<string>(8 - n).fill("0"), ...rest].map((x) => parseInt(x, 16));
  const out = new Uint8Array(16);
  groups.forEach((x, i) => ((out[2 * i] = x >> 8), (out[2 * i + 1] = x & 0xff)));
  return out;
}

/** UTF-8 bytes of a string: one encoder for the core (isa/utf8.ts). */
export { utf8 } from "../isa/utf8.ts";
