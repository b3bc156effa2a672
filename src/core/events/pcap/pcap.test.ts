// pcap and pcapng reading against files laid out by hand from the format drafts (both byte
// orders, micro- and nanosecond pcap, pcapng SHB/IDB/EPB/SPB/OPB with unknown blocks between),
// pcap round trips, clear errors with offsets, and fuzzing (random and mutated files).
import { describe, expect, it } from "vitest";
import { isCaptureError } from "./capture.ts";
import type { CaptureResult } from "./capture.ts";
import { readPcap, writePcap } from "./pcap.ts";
import { readCapture } from "./read.ts";

/** Bytes of 32/16-bit fields in a byte order, for laying files out in the tests. */
const le = (...v: [number, 2 | 4][]) => v.flatMap(([x, n]) => (n === 4 ? [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, x >>> 24] : [x & 0xff, x >>> 8]));
const be = (...v: [number, 2 | 4][]) => v.flatMap(([x, n]) => (n === 4 ? [x >>> 24, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff] : [x >>> 8, x & 0xff]));
const pkt1 = [0xde, 0xad, 0xbe, 0xef, 0x01];
const pkt2 = [0x02, 0x03];

function classic(order: typeof le, magic: number): Uint8Array {
  return Uint8Array.from([
    ...order([magic, 4], [2, 2], [4, 2], [0, 4], [0, 4], [65535, 4], [1, 4]),
    ...order([1_700_000_000, 4], [250, 4], [5, 4], [60, 4]), ...pkt1,
    ...order([1_700_000_001, 4], [999_999, 4], [2, 4], [2, 4]), ...pkt2,
  ]);
}

const ok = (r: CaptureResult) => {
  if (isCaptureError(r)) throw new Error(`${r.error} at ${r.offset}`);
  return r;
};

describe("pcap", () => {
  it.each([
    ["little-endian, microseconds", le, 0xa1b2c3d4, 250_000n, 999_999_000n],
    ["big-endian, microseconds", be, 0xa1b2c3d4, 250_000n, 999_999_000n],
    ["little-endian, nanoseconds", le, 0xa1b23c4d, 250n, 999_999n],
    ["big-endian, nanoseconds", be, 0xa1b23c4d, 250n, 999_999n],
  ] as const)("reads %s", (_name, order, magic, frac1, frac2) => {
    const r = ok(readCapture(classic(order, magic)));
    expect(r.format).toBe("pcap");
    expect(r.packets.map((p) => [Array.from(p.data), p.origLength, p.timestampNs, p.linkType])).toEqual([
      [pkt1, 60, 1_700_000_000_000_000_000n + frac1, 1],
      [pkt2, 2, 1_700_000_001_000_000_000n + frac2, 1],
    ]);
  });

  it("writes what it reads (microseconds and nanoseconds)", () => {
    const packets = [
      { data: Uint8Array.of(1, 2, 3), timestampNs: 1_700_000_000_123_456_000n, origLength: 60 },
      { data: new Uint8Array(0), timestampNs: 5n * 1_000_000_000n },
    ];
    const us = ok(readPcap(writePcap(packets)));
    expect(us.packets.map((p) => [Array.from(p.data), p.timestampNs, p.origLength])).toEqual([[[1, 2, 3], 1_700_000_000_123_456_000n, 60], [[], 5_000_000_000n, 0]]);
    const ns = ok(readPcap(writePcap([{ data: Uint8Array.of(9), timestampNs: 1_000_000_007n }], { nanos: true, linkType: 101 })));
    expect(ns.packets[0]).toMatchObject({ timestampNs: 1_000_000_007n, linkType: 101 });
    // the header: magic, version 2.4, snaplen, link type, little-endian
    expect(Array.from(writePcap([]))).toEqual(le([0xa1b2c3d4, 4], [2, 2], [4, 2], [0, 4], [0, 4], [262144, 4], [1, 4]));
  });

  it("a file cut anywhere inside a record is an error naming the offset", () => {
    const f = classic(le, 0xa1b2c3d4);
    const boundaries = new Set([24, 24 + 16 + 5, f.length]);
    for (let n = 0; n < f.length; n++) {
      const r = readCapture(f.subarray(0, n));
      if (boundaries.has(n)) expect(isCaptureError(r), `cut at ${n}`).toBe(false);
      else {
        expect(isCaptureError(r), `cut at ${n}`).toBe(true);
        if (isCaptureError(r)) expect(r.offset).toBeLessThanOrEqual(n);
      }
    }
    expect(readCapture(f.subarray(0, 30))).toEqual({ error: "packet 1: record header cut short (6 of 16 bytes)", offset: 24 });
    expect(readCapture(f.subarray(0, 43))).toEqual({ error: "packet 1: 5 bytes captured but the file ends after 3", offset: 40 });
  });

  it("corrupt headers are named", () => {
    const f = classic(le, 0xa1b2c3d4);
    const big = f.slice();
    big.set(le([0x7fffffff, 4]), 32);
    expect(readCapture(big)).toEqual({ error: "packet 1: captured length 2147483647 is larger than any packet (262144)", offset: 32 });
    expect(readCapture(Uint8Array.of(1, 2, 3, 4, 5))).toMatchObject({ offset: 0, error: expect.stringContaining("not a pcap or pcapng file (it starts with 01 02 03 04") });
    const v3 = f.slice();
    v3[4] = 3;
    expect(readCapture(v3)).toMatchObject({ offset: 4, error: "pcap version 3.4: only 2.x is known" });
  });
});

/** A pcapng block: type, total length, body padded to 4, total length. */
function block(order: typeof le, type: number, body: number[]): number[] {
  const padded = [...body, ...new Array((4 - (body.length % 4)) % 4).fill(0)];
  const len = 12 + padded.length;
  return [...order([type, 4], [len, 4]), ...padded, ...order([len, 4])];
}
const shb = (order: typeof le) => block(order, 0x0a0d0d0a, [...order([0x1a2b3c4d, 4], [1, 2], [0, 2], [0xffffffff, 4], [0xffffffff, 4])]);
/** An IDB; `resol` adds an if_tsresol option (code 9). */
const idb = (order: typeof le, linkType: number, snap: number, resol?: number) =>
  block(order, 1, [...order([linkType, 2], [0, 2], [snap, 4]), ...(resol === undefined ? [] : [...order([9, 2], [1, 2]), resol, 0, 0, 0, ...order([0, 2], [0, 2])])]);
const epb = (order: typeof le, iface: number, ts: bigint, data: number[], orig = data.length) =>
  block(order, 6, [...order([iface, 4], [Number(ts >> 32n), 4], [Number(ts & 0xffffffffn), 4], [data.length, 4], [orig, 4]), ...data, ...new Array((4 - (data.length % 4)) % 4).fill(0)]);
const spb = (order: typeof le, data: number[], orig = data.length) => block(order, 3, [...order([orig, 4]), ...data]);

function pcapng(order: typeof le): Uint8Array {
  return Uint8Array.from([
    ...shb(order),
    ...idb(order, 1, 0),
    ...block(order, 0x0bad, [1, 2, 3, 4, 5]), // unknown: skipped by its length
    ...idb(order, 101, 0, 9),
    ...epb(order, 0, 1_700_000_000_000_001n, pkt1, 60),
    ...block(order, 5, order([0, 4], [0, 4], [0, 4])), // interface statistics: skipped
    ...epb(order, 1, 1_700_000_000_000_000_002n, pkt2),
    ...spb(order, [7, 7, 7]),
    ...block(order, 2, [...order([0, 2], [0, 2], [0, 4], [1_000_000, 4], [1, 4], [1, 4]), 9, 0, 0, 0]), // obsolete Packet Block
  ]);
}

describe("pcapng", () => {
  it.each([["little-endian", le], ["big-endian", be]] as const)("reads %s sections: EPB, SPB, OPB, resolutions, unknown blocks skipped", (_n, order) => {
    const r = ok(readCapture(pcapng(order)));
    expect(r.format).toBe("pcapng");
    expect(r.packets.map((p) => [Array.from(p.data), p.origLength, p.timestampNs, p.linkType, p.interfaceId])).toEqual([
      [pkt1, 60, 1_700_000_000_000_001_000n, 1, 0], // default resolution: microseconds
      [pkt2, 2, 1_700_000_000_000_000_002n, 101, 1], // if_tsresol 9: nanoseconds
      [[7, 7, 7], 3, 0n, 1, 0],
      [[9], 1, 1_000_000_000n, 1, 0],
    ]);
  });

  it("a new section starts a new interface list, in its own byte order", () => {
    const f = Uint8Array.from([...shb(le), ...idb(le, 1, 0), ...epb(le, 0, 1n, [1]), ...shb(be), ...idb(be, 101, 0), ...epb(be, 0, 2n, [2])]);
    expect(ok(readCapture(f)).packets.map((p) => [p.data[0], p.linkType])).toEqual([[1, 1], [2, 101]]);
    const missing = Uint8Array.from([...shb(le), ...idb(le, 1, 0), ...shb(le), ...epb(le, 0, 1n, [1])]);
    expect(readCapture(missing)).toMatchObject({ error: expect.stringContaining("interface 0 was not described (0 in this section)") });
  });

  it("a simple packet block is cut to the snap length", () => {
    const f = Uint8Array.from([...shb(le), ...idb(le, 1, 2), ...spb(le, [1, 2, 3, 4], 100)]);
    expect(ok(readCapture(f)).packets.map((p) => [Array.from(p.data), p.origLength])).toEqual([[[1, 2], 100]]);
  });

  it("bad lengths are named with their offset", () => {
    const f = pcapng(le);
    const shbLen = 28; // the first IDB starts after the 28-byte SHB
    const bad = f.slice();
    bad.set(le([21, 4]), shbLen + 4);
    expect(readCapture(bad)).toEqual({ error: "block type 0x1: length 21 is not a multiple of 4 of at least 12", offset: shbLen + 4 });
    const trailing = f.slice();
    trailing.set(le([99, 4]), shbLen + 20 - 4);
    expect(readCapture(trailing)).toEqual({ error: "block type 0x1: trailing length 99 differs from the leading 20", offset: shbLen + 16 });
    const past = f.slice();
    past.set(le([0x1000, 4]), shbLen + 4);
    expect(readCapture(past)).toMatchObject({ offset: shbLen + 4, error: expect.stringContaining("runs past the end of the file") });
    const magic = f.slice();
    magic[8] = 0;
    expect(readCapture(magic)).toMatchObject({ offset: 8, error: expect.stringContaining("byte-order magic") });
    for (let n = 1; n < f.length; n++) {
      const r = readCapture(f.subarray(0, n));
      if (isCaptureError(r)) expect(r.offset).toBeLessThanOrEqual(n);
    }
  });
});

describe("fuzzing the readers", () => {
  it("random and mutated files never throw and finish quickly (30,000 inputs)", () => {
    let seed = 777;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
    const bases = [classic(le, 0xa1b2c3d4), classic(be, 0xa1b23c4d), pcapng(le), pcapng(be), writePcap([{ data: new Uint8Array(100) }])];
    const t0 = performance.now();
    let errors = 0;
    for (let k = 0; k < 30_000; k++) {
      let f: Uint8Array;
      if (k % 3 === 0) {
        f = Uint8Array.from({ length: 4 + Math.floor(rand() * 200) }, () => Math.floor(rand() * 256));
        // give random bytes a real magic half the time so the record loop is reached
        if (k % 2) f.set(k % 4 === 1 ? [0x0a, 0x0d, 0x0d, 0x0a] : [0xd4, 0xc3, 0xb2, 0xa1], 0);
      } else {
        const b = bases[k % bases.length];
        f = b.slice(0, Math.floor(rand() * (b.length + 1)));
        for (let m = 0; m < 1 + rand() * 8; m++) if (f.length) f[Math.floor(rand() * f.length)] = Math.floor(rand() * 256);
      }
      const r = readCapture(f);
      if (isCaptureError(r)) {
        errors++;
        expect(r.offset).toBeGreaterThanOrEqual(0);
        expect(r.offset).toBeLessThanOrEqual(f.length);
      }
    }
    expect(errors).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
