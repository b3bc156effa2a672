// The generator's fast path against the builder: every patched packet equals the bytes build()
// makes from the event's description, checksums included.
import { describe, expect, it } from "vitest";
import { build } from "../packet/build.ts";
import { generatedSource } from "./index.ts";
import { patchedPacket, planPatches } from "./patch.ts";
import { drawValue, generateEvent, isTemplateError, parseTemplate } from "./template.ts";

const TEMPLATES: Record<string, { json: unknown; patched: boolean }> = {
  "tcp ports and addresses": { json: { packet: "tcp_syn", fields: { "ipv4.src": { range: ["10.0.0.1", "10.255.255.254"] }, "ipv4.dst": { list: ["192.168.1.1", "8.8.8.8"] }, "tcp.srcPort": { range: [0, 65535] }, "tcp.dstPort": { list: [80, 443, 22], weights: [1, 1, 5] }, "tcp.seq": { range: [0, 4294967295] } } }, patched: true },
  "tcp flags and ttl": { json: { packet: "http_get", fields: { "tcp.flags": { list: ["S", "SA", "PA", "R", "F"] }, "ipv4.ttl": { range: [1, 255] }, "ipv4.id": { range: [0, 65535] } } }, patched: true },
  "udp (a zero sum is 0xffff)": { json: { packet: "dns_query", fields: { "udp.srcPort": { range: [0, 65535] }, "udp.dstPort": { list: [53, 5353] }, "ipv4.src": { range: ["0.0.0.0", "255.255.255.255"] } } }, patched: true },
  "ipv6 tcp": { json: { packet: "ipv6_tcp", fields: { "tcp.dstPort": { range: [1, 1024] }, "ipv6.hopLimit": { range: [1, 255] }, "ipv6.src": { list: ["2001:db8::1", "fe80::1"] } } }, patched: true },
  "ethernet addresses": { json: { packet: "vlan", fields: { "ethernet.src": { range: ["02:00:00:00:00:00", "02:00:00:ff:ff:ff"] }, "ethernet.dst": { list: ["ff:ff:ff:ff:ff:ff", "02:00:00:00:00:02"] } } }, patched: true },
  "icmp type and code (two fields in one word)": { json: { packet: "icmp_echo", fields: { "icmp.type": { list: [8, 0] }, "icmp.code": { range: [0, 3] }, "icmp.seq": { range: [0, 65535] } } }, patched: true },
  "a VLAN id beside its priority bits (built)": { json: { packet: "vlan", fields: { "ethernet.vlans.0.vid": { range: [1, 4094] } } }, patched: false },
  "payload lengths (built)": { json: { packet: "tcp_syn", fields: { "tcp.dstPort": { list: [80, 81] }, "payload.hex": { bytes: [0, 40] } } }, patched: false },
};

describe("patched packets vs the builder", () => {
  for (const [name, { json, patched }] of Object.entries(TEMPLATES)) {
    it(name, () => {
      // payload.hex needs a payload layer: the tcp_syn preset has none, so give it one
      const t0 = parseTemplate(name.startsWith("payload") ? { ...(json as object), packet: { layers: [...(parseTemplate({ packet: "tcp_syn" }) as unknown as { base: { packet: { layers: unknown[] } } }).base.packet.layers, { kind: "payload", hex: "" }] } } : json);
      if (isTemplateError(t0)) throw new Error(t0.message);
      const plan = planPatches(t0, drawValue, (i) => generateEvent(t0, 0, i));
      expect(plan !== undefined).toBe(patched);
      const source = generatedSource(t0, 12345, 3000);
      expect(source.input !== undefined).toBe(patched);
      for (let i = 0; i < source.length; i++) {
        const e = source.at(i);
        if (e.kind !== "packet") throw new Error(e.kind);
        const want = build(e.packet);
        if (!want.ok) throw new Error(want.message);
        const got = plan ? patchedPacket(plan, 12345, i) : want.bytes;
        if (got.length !== want.bytes.length || got.some((b, k) => b !== want.bytes[k])) expect(Buffer.from(got).toString("hex")).toBe(Buffer.from(want.bytes).toString("hex"));
      }
    });
  }
});
