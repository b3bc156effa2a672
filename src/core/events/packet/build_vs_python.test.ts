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
import type { Packet } from "./layers.ts";
import { PRESETS } from "./presets.ts";
import { randomPacket, seeded } from "./random.ts";

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
    const r = seeded(99);
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
