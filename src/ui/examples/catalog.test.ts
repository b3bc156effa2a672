// The assembly examples run the way their comments say, over several runs and in detail
// (gallery.test.ts checks every example's verdict and its one-Run outcome).

import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import { hexToBytes } from "../../core/isa/index.ts";
import { execute } from "../../core/vm/index.ts";
import type { ExecuteResult } from "../../core/vm/index.ts";
import { exampleById } from "./catalog.ts";
import { DEFAULT_PACKET_HEX, hexByteCount } from "./packet.ts";

const packet = hexToBytes(DEFAULT_PACKET_HEX.replace(/\s+/g, ""))!;

function run(id: string, repeat = 1, ctx?: Uint8Array): ExecuteResult {
  const e = exampleById(id)!;
  const { program } = assemble(e.text, { dialect: "llvm" });
  const r = execute({ program, progType: e.progType, input: { packet, ctx }, repeat });
  if (typeof r === "string") throw new Error(r);
  return r;
}

describe("the examples", () => {
  it("the counter counts IPv4 packets across runs", () => {
    const r = run("xdp-counter", 3);
    expect(r.r0).toBe(2n);
    expect(r.maps.counts).toEqual({ kind: "entries", entries: [{ key: Uint8Array.of(0, 8, 0, 0), value: Uint8Array.of(3, 0, 0, 0, 0, 0, 0, 0) }] });
  });

  it("the byte sum lands in skb->mark", () => {
    const sum = packet.reduce((a, b) => a + b, 0);
    const r = run("sum-bytes", 1, new Uint8Array(192));
    expect(r.r0).toBe(0n);
    expect(r.insnsExecuted).toBeGreaterThan(64 * 9);
    expect(new DataView(r.ctxOut!.buffer).getUint32(8, true)).toBe(sum);
  });

  it("printk says hello three times", () => {
    expect(run("printk").trace).toEqual(["Hello, eBPF! #1", "Hello, eBPF! #2", "Hello, eBPF! #3"]);
  });

  it("the calls compute 3*3 + 4*4", () => {
    expect(run("calls").r0).toBe(25n);
  });

  it("the ring buffer holds one record per run", () => {
    const r = run("ringbuf", 2);
    const d = r.maps.events;
    expect(d.kind === "records" && d.records.map((x) => x.data[0])).toEqual([64, 64]);
  });

  it("the default packet is 64 bytes with a valid IPv4 header checksum", () => {
    expect(hexByteCount(DEFAULT_PACKET_HEX)).toBe(64);
    let sum = 0;
    for (let k = 14; k < 34; k += 2) sum += (packet[k] << 8) | packet[k + 1];
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >> 16);
    expect(sum).toBe(0xffff);
  });
});
