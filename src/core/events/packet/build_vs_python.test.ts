// Checksums against an independent reference: checksum_ref.py walks the headers of each built
// frame itself and computes every checksum with its own RFC 1071 sum. Every checksum the builder
// writes must be what Python computes, for the presets and for 400 random packets (odd lengths,
// options, extension headers); and on frames with a byte flipped, the dissector's "correct" or
// "incorrect" must agree with Python's.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { skipOrFail } from "../../../../test/support/skip.ts";
import { toHex } from "../bytes.ts";
import { dissect } from "../dissect/dissect.ts";
import type { Field } from "../dissect/tree.ts";
import { build } from "./build.ts";
import type { Layer, Packet, TcpOption } from "./layers.ts";
import { PRESETS } from "./presets.ts";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "checksum_ref.py");
interface Sum {
  readonly field: number;
  readonly should: number;
}
interface Ref {
  readonly ip: Sum | null;
  readonly l4: (Sum & { readonly proto: number }) | null;
}

function python(frames: Uint8Array[]): Ref[] | undefined {
  const p = spawnSync(process.env.PYTHON ?? "python3", [SCRIPT], { input: JSON.stringify(frames.map(toHex)), encoding: "utf8", maxBuffer: 64 << 20 });
  if (p.error) {
    skipOrFail(`python3 cannot run: ${p.error.message}`);
    return undefined;
  }
  if (p.status !== 0) throw new Error(`checksum_ref.py failed: ${p.stderr}`);
  return JSON.parse(p.stdout) as Ref[];
}

/** A small seeded generator, so a failure names a packet that comes back. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}

function randomPacket(seed: number): Packet {
  const r = rng(seed);
  const v4 = () => [r.int(256), r.int(256), r.int(256), r.int(256)].join(".");
  const v6 = () => Array.from({ length: 8 }, () => r.int(0x10000).toString(16)).join(":");
  const payload = (): Layer => ({ kind: "payload", hex: Array.from({ length: r.int(70) }, () => r.int(256).toString(16).padStart(2, "0")).join("") });
  const ip6 = r.int(2) === 1;
  const layers: Layer[] = [{ kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01", vlans: r.int(4) === 0 ? [{ vid: r.int(4096) }] : undefined }];
  if (ip6) {
    layers.push({ kind: "ipv6", src: v6(), dst: v6(), flowLabel: r.int(1 << 20) });
    if (r.int(3) === 0) layers.push({ kind: "hopbyhop", options: [{ type: 5, data: "0000" }] });
    if (r.int(3) === 0) layers.push({ kind: "routing", routingType: r.pick([0, 2, 4]), addresses: [v6(), ...(r.int(2) ? [v6()] : [])], segmentsLeft: r.int(2) });
    if (r.int(3) === 0) layers.push({ kind: "destopts", options: [{ type: 0x1e, data: "ab".repeat(r.int(9)) }] });
  } else layers.push({ kind: "ipv4", src: v4(), dst: v4(), ttl: 1 + r.int(255), id: r.int(65536), options: r.int(3) === 0 ? [{ type: 1 }, { type: 148, data: "0000" }] : undefined });
  const kind = r.pick(ip6 ? (["tcp", "udp", "icmpv6"] as const) : (["tcp", "udp", "icmp"] as const));
  const opts: TcpOption[] = r.int(2) ? [{ kind: "mss", value: r.int(65536) }, { kind: "nop" }, { kind: "wscale", shift: r.int(15) }, { kind: "sack", blocks: [[r.int(2 ** 31), r.int(2 ** 31)]] }] : [];
  if (kind === "tcp") layers.push({ kind, srcPort: r.int(65536), dstPort: r.int(65536), seq: r.int(2 ** 31), ack: r.int(2 ** 31), flags: r.pick(["S", "SA", "PA", "F", "R", "AUEC"]), options: opts });
  else if (kind === "udp") layers.push({ kind, srcPort: r.int(65536), dstPort: r.int(65536) });
  else layers.push({ kind, type: r.pick(kind === "icmp" ? [0, 8, 3, 11] : [128, 129, 1, 135]), id: r.int(65536), seq: r.int(65536) });
  layers.push(payload());
  return { layers };
}

const bytesOf = (p: Packet) => {
  const b = build(p);
  if (!b.ok) throw new Error(b.message);
  return b.bytes;
};
const all = (fs: readonly Field[]): Field[] => fs.flatMap((f) => [f, ...all(f.children)]);

describe("checksums vs Python's own computation", () => {
  const packets = [...PRESETS.filter((p) => p.name !== "truncated" && p.name !== "ipv6_ext").map((p) => p.packet), ...Array.from({ length: 400 }, (_, i) => randomPacket(i + 1))];
  const frames = packets.map(bytesOf);

  it("every checksum the builder writes is the one Python computes", () => {
    const ref = python(frames);
    if (!ref) return;
    let ip = 0;
    let l4 = 0;
    ref.forEach((r, i) => {
      const what = `packet ${i} (${toHex(frames[i])})`;
      if (r.ip) {
        ip++;
        expect(r.ip.field, `${what}: IPv4 header`).toBe(r.ip.should);
      }
      if (r.l4) {
        l4++;
        expect(r.l4.field, `${what}: protocol ${r.l4.proto}`).toBe(r.l4.should);
      }
    });
    // the reference saw most packets' checksums (ARP has none)
    expect(ip).toBeGreaterThan(180);
    expect(l4).toBeGreaterThan(390);
  });

  it("on frames with one byte flipped, the dissector and Python agree on which checksums are right", () => {
    const r = rng(99);
    const mutated = frames.map((f) => {
      const m = f.slice();
      // past the Ethernet header and tags, so both still find the IP header
      const at = 22 + r.int(m.length - 22);
      m[at] ^= 1 << r.int(8);
      return m;
    });
    const ref = python(mutated);
    if (!ref) return;
    let wrong = 0;
    ref.forEach((p, i) => {
      const fields = all(dissect(mutated[i]).layers);
      const verdict = (re: RegExp) => fields.find((f) => re.test(f.abbrev) && /\[(correct|incorrect)/.test(f.show))?.show.includes("[correct]");
      if (p.ip) expect(verdict(/^ip\.checksum$/), `packet ${i}: IPv4 header checksum`).toBe(p.ip.field === p.ip.should);
      if (p.l4 && p.l4.field !== 0) {
        const ok = verdict(/^(tcp|udp|icmp|icmpv6)\.checksum$/);
        // the dissector declines to judge a segment whose IP length no longer fits the frame
        if (ok !== undefined) expect(ok, `packet ${i}: protocol ${p.l4.proto} checksum (${toHex(mutated[i])})`).toBe(p.l4.field === p.l4.should);
      }
      if ((p.ip && p.ip.field !== p.ip.should) || (p.l4 && p.l4.field !== p.l4.should)) wrong++;
    });
    expect(wrong).toBeGreaterThan(300);
  });
});
