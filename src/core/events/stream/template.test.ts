import { describe, expect, it } from "vitest";
import { build } from "../packet/build.ts";
import type { Packet, TcpLayer } from "../packet/layers.ts";
import { eventRandom, splitmix32 } from "./prng.ts";
import { formatTemplateError, generateEvent, isTemplateError, parseTemplate, parseTemplateText } from "./template.ts";
import type { Template } from "./template.ts";

const TEMPLATE = {
  packet: "tcp_syn",
  fields: {
    "ipv4.src": { range: ["10.0.0.1", "10.0.1.44"] },
    "tcp.dstPort": { list: [80, 443, 22], weights: [6, 3, 1] },
    "tcp.srcPort": { range: [1024, 65535] },
    "tcp.flags": { list: ["S", "SA", "R"] },
  },
};

function template(json: unknown = TEMPLATE): Template {
  const t = parseTemplate(json);
  if (isTemplateError(t)) throw new Error(t.message);
  return t;
}

const tcp = (p: Packet) => p.layers.find((l) => l.kind === "tcp") as TcpLayer;
const packetOf = (t: Template, seed: number, i: number) => {
  const e = generateEvent(t, seed, i);
  if (e.kind !== "packet") throw new Error(e.kind);
  return e.packet;
};

describe("splitmix32", () => {
  it("gives the same numbers for the same seed and others for another", () => {
    const a = splitmix32(42);
    const b = splitmix32(42);
    const c = splitmix32(43);
    const xs = Array.from({ length: 8 }, () => a.u32());
    expect(Array.from({ length: 8 }, () => b.u32())).toEqual(xs);
    expect(Array.from({ length: 8 }, () => c.u32())).not.toEqual(xs);
  });

  it("is SplitMix32 (Weyl step 0x9e3779b9, MurmurHash3 finaliser): first output of seed 0", () => {
    // by hand: z = 0x9e3779b9; z = (z ^ z>>>16) * 0x85ebca6b; z = (z ^ z>>>13) * 0xc2b2ae35; z ^= z>>>16
    let z = 0x9e3779b9;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    expect(splitmix32(0).u32()).toBe(z);
  });

  it("keeps int() inside its bounds and reaches both ends; weights steer pick()", () => {
    const r = splitmix32(7);
    const seen = new Set<number>();
    for (let k = 0; k < 2000; k++) {
      const x = r.int(3, 9);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(9);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const wide = r.int(0, 2 ** 40);
    expect(wide).toBeGreaterThanOrEqual(0);
    expect(wide).toBeLessThanOrEqual(2 ** 40);
    const picks = [0, 0, 0];
    for (let k = 0; k < 3000; k++) picks[r.pick(3, [0, 1, 3])]++;
    expect(picks[0]).toBe(0);
    expect(picks[2]).toBeGreaterThan(picks[1] * 2);
  });

  it("makes event i's generator from the seed and i alone", () => {
    expect(eventRandom(5, 1000).u32()).toBe(eventRandom(5, 1000).u32());
    expect(eventRandom(5, 1000).u32()).not.toBe(eventRandom(5, 1001).u32());
    expect(eventRandom(5, 1000).u32()).not.toBe(eventRandom(6, 1000).u32());
  });
});

describe("generator", () => {
  it("gives the same stream for the same seed, another for another seed", () => {
    const t = template();
    const a = Array.from({ length: 50 }, (_, i) => generateEvent(t, 1, i));
    const b = Array.from({ length: 50 }, (_, i) => generateEvent(t, 1, i));
    const c = Array.from({ length: 50 }, (_, i) => generateEvent(t, 2, i));
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    // and the events of one stream differ from one another
    expect(new Set(a.map((e) => JSON.stringify(e))).size).toBeGreaterThan(45);
  });

  it("respects ranges and lists, and every event builds", () => {
    const t = template();
    const ports = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const p = packetOf(t, 9, i);
      const ip = p.layers.find((l) => l.kind === "ipv4")!;
      const [a, b, c, d] = (ip as { src: string }).src.split(".").map(Number);
      expect([a, b]).toEqual([10, 0]);
      expect(c * 256 + d).toBeGreaterThanOrEqual(1);
      expect(c * 256 + d).toBeLessThanOrEqual(256 + 44);
      const l = tcp(p);
      expect(l.srcPort).toBeGreaterThanOrEqual(1024);
      expect(l.srcPort).toBeLessThanOrEqual(65535);
      expect([80, 443, 22]).toContain(l.dstPort);
      expect(["S", "SA", "R"]).toContain(l.flags);
      ports.add(l.dstPort);
      expect(build(p).ok).toBe(true);
    }
    expect(ports.size).toBe(3);
  });

  it("draws MAC ranges, byte counts, and hex for a bytes template", () => {
    const t = template({ packet: "default", fields: { "ethernet.src": { range: ["02:00:00:00:00:fe", "02:00:00:00:01:01"] }, "payload.hex": { bytes: [2, 4] } } });
    for (let i = 0; i < 100; i++) {
      const p = packetOf(t, 3, i);
      const src = (p.layers[0] as { src: string }).src;
      expect(["02:00:00:00:00:fe", "02:00:00:00:00:ff", "02:00:00:00:01:00", "02:00:00:00:01:01"]).toContain(src);
      const hex = (p.layers.find((l) => l.kind === "payload") as { hex: string }).hex;
      expect(hex.length).toBeGreaterThanOrEqual(4);
      expect(hex.length).toBeLessThanOrEqual(8);
    }
    const b = template({ bytes: "00112233", fields: { hex: { bytes: [14, 14] } } });
    const e = generateEvent(b, 1, 0);
    expect(e.kind === "bytes" && e.hex.length).toBe(28);
  });

  it("leaves the template's base untouched", () => {
    const t = template();
    const before = JSON.stringify(t.base);
    generateEvent(t, 1, 0);
    expect(JSON.stringify(t.base)).toBe(before);
  });
});

describe("template errors", () => {
  it("locate a value the builder refuses at its line and column", () => {
    const text = `{
  "packet": "tcp_syn",
  "fields": {
    "tcp.dstPort": { "range": [1, 70000] }
  }
}`;
    const e = parseTemplateText(text);
    expect(isTemplateError(e)).toBe(true);
    if (!isTemplateError(e)) return;
    expect(e.place).toEqual({ line: 4, column: 20 });
    expect(formatTemplateError(e, "t.json")).toBe("t.json:4:20: tcp.dstPort: tcp.dstPort = 70000: layer 2 (tcp): dstPort: 70000 does not fit in 16 bits");
  });

  it("locate a JSON syntax error", () => {
    const e = parseTemplateText(`{ "packet": "tcp_syn",\n  "fields": { "tcp.dstPort": { "list": [80,] } } }`);
    expect(isTemplateError(e) && e.place).toEqual({ line: 2, column: 44 });
    expect(isTemplateError(e) && e.message).toBe("expected a value, found ']'");
  });

  it("name a missing layer, a bad range, bad weights, an unknown preset and an unknown key", () => {
    const msg = (json: unknown) => {
      const e = parseTemplate(json);
      return isTemplateError(e) ? `${e.path}: ${e.message}` : "accepted";
    };
    expect(msg({ packet: "tcp_syn", fields: { "udp.dstPort": 53 } })).toBe("fields/udp.dstPort: the packet has no udp layer (it has ethernet, ipv4, tcp)");
    expect(msg({ packet: "tcp_syn", fields: { "tcp.dstPort": { range: [9, 1] } } })).toBe("fields/tcp.dstPort/range: the low end 9 is above the high end 1");
    expect(msg({ packet: "tcp_syn", fields: { "tcp.dstPort": { list: [1, 2], weights: [1] } } })).toBe("fields/tcp.dstPort/weights: one weight per value (2)");
    expect(msg({ packet: "tcp_sin" })).toBe("packet: no preset named 'tcp_sin'");
    expect(msg({ packet: "tcp_syn", count: 3 })).toBe("count: 'count' is not part of a template (packet, bytes, ctx, kernel, fields)");
    expect(msg({ packet: "tcp_syn", fields: { "ipv4.src": { range: ["10.0.0.1", "2001:db8::1"] } } })).toMatch(/^fields\/ipv4.src\/range: a range is of whole numbers, IPv4 addresses or MAC addresses/);
    expect(msg({ packet: "tcp_syn", fields: { "ipv4.src": { list: ["10.0.0.300"] } } })).toMatch(/^fields\/ipv4.src: ipv4.src = "10.0.0.300": layer \d \(\w+\): src: '10.0.0.300' is not an IPv4 address/);
  });
});
