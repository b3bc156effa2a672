// The builder against bytes worked out by hand from the RFCs (the arithmetic is in the comments),
// and its rules: computed fields unless given, checked widths, errors as values.
import { describe, expect, it } from "vitest";
import { toHex } from "../bytes.ts";
import { build } from "./build.ts";
import { DEFAULT_PACKET, DEFAULT_PACKET_HEX, defaultPacketBytes } from "./default.ts";
import type { Layer, Packet } from "./layers.ts";
import { PRESETS } from "./presets.ts";

const bytes = (p: Packet) => {
  const r = build(p);
  if (!r.ok) throw new Error(r.message);
  return r.bytes;
};
const hex = (p: Packet) => toHex(bytes(p));
const ETH: Layer = { kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" };

describe("the default frame", () => {
  it("is the UI's 64 bytes, and the builder makes exactly them", () => {
    expect(defaultPacketBytes().length).toBe(64);
    expect(hex(DEFAULT_PACKET)).toBe(DEFAULT_PACKET_HEX.replace(/ /g, ""));
  });

  it("has the IPv4 header checksum RFC 791 gives", () => {
    // 4500+0032+1234+4000+4006+0000+0a00+0001+0a00+0002 = 0xeb6f; one's complement: 0x1490
    expect(toHex(defaultPacketBytes().subarray(24, 26))).toBe("1490");
  });
});

describe("checksums worked by hand", () => {
  it("ICMP echo (RFC 792): 0800+0000+0001+0001 = 0x0802, complement 0xf7fd", () => {
    const b = bytes({ layers: [{ kind: "icmp", type: 8, id: 1, seq: 1 }] });
    expect(toHex(b)).toBe("0800f7fd00010001");
  });

  it("UDP (RFC 768) over the IPv4 pseudo-header", () => {
    // pseudo: 0a00+0001+0a00+0002+0011+0008, header: 0001+0002+0008 → 0x1427, complement 0xebd8
    const b = bytes({ layers: [{ kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2" }, { kind: "udp", srcPort: 1, dstPort: 2 }] });
    expect(toHex(b.subarray(20))).toBe("000100020008ebd8");
    expect(b[9]).toBe(17);
  });

  it("ICMPv6 (RFC 4443 2.3) over the IPv6 pseudo-header (RFC 8200 8.1)", () => {
    // pseudo: ::1 → 0001, ::2 → 0002, length 8, next header 58 (0x3a); message 8000 → 0x8045, complement 0x7fba
    const b = bytes({ layers: [{ kind: "ipv6", src: "::1", dst: "::2" }, { kind: "icmpv6", type: 128 }] });
    expect(toHex(b.subarray(40))).toBe("80007fba00000000");
    expect(toHex(b.subarray(0, 8))).toBe("600000000008" + "3a40");
  });

  it("a UDP checksum that sums to zero is sent as ffff (RFC 768)", () => {
    // find ports whose checksum computes to 0: with no IP in front, sum = sp + dp + 8; make it 0xffff
    const b = bytes({ layers: [{ kind: "udp", srcPort: 0xfff7 - 8, dstPort: 8 }] });
    expect(toHex(b.subarray(6))).toBe("ffff");
  });
});

describe("layers", () => {
  it("802.1Q tags: TPID 8100, TCI = PCP<<13 | DEI<<12 | VID, then the inner type", () => {
    const b = bytes({ layers: [{ ...ETH, vlans: [{ vid: 100, pcp: 3 }, { vid: 0xfff, dei: 1, tpid: 0x88a8 }] }, { kind: "arp", senderMac: "02:00:00:00:00:01", senderIp: "10.0.0.1", targetIp: "10.0.0.2" }] });
    expect(toHex(b.subarray(12, 24))).toBe("8100" + "6064" + "88a8" + "1fff" + "0806" + "0001");
  });

  it("ARP request (RFC 826): htype 1, ptype 0800, sizes 6 and 4, op 1", () => {
    const b = bytes({ layers: [{ kind: "arp", senderMac: "02:00:00:00:00:01", senderIp: "10.0.0.1", targetIp: "10.0.0.2" }] });
    expect(toHex(b)).toBe("0001080006040001" + "020000000001" + "0a000001" + "000000000000" + "0a000002");
  });

  it("IPv4 options are padded to 4 bytes and counted in IHL; fragment fields go where RFC 791 puts them", () => {
    const b = bytes({ layers: [{ kind: "ipv4", src: "1.2.3.4", dst: "5.6.7.8", options: [{ type: 148, data: "0000" }, { type: 1 }], moreFragments: true, fragmentOffset: 185, ttl: 1, id: 7 }] });
    expect(b[0]).toBe(0x47);
    expect(toHex(b.subarray(2, 4))).toBe("001c");
    // MF is bit 13; offset 185 = 0x0b9 → 0x2000 | 0x00b9
    expect(toHex(b.subarray(6, 8))).toBe("20b9");
    expect(toHex(b.subarray(20))).toBe("9404000001000000");
  });

  it("TCP options: MSS, SACK permitted, timestamps, NOP, window scale (Linux's SYN, 20 bytes)", () => {
    const p = PRESETS.find((x) => x.name === "tcp_syn")!.packet;
    const b = bytes(p);
    const tcp = b.subarray(34);
    expect(tcp[12] >> 4).toBe(10);
    expect(toHex(tcp.subarray(20))).toBe("020405b4" + "0402" + "080a000003e800000000" + "01" + "030307");
    expect(tcp.length).toBe(40);
  });

  it("TCP flags by letter, the AE bit in byte 12", () => {
    const b = bytes({ layers: [{ kind: "tcp", srcPort: 1, dstPort: 2, flags: "FSRPAUECN" }] });
    expect(toHex(b.subarray(12, 14))).toBe("51ff");
    expect(build({ layers: [{ kind: "tcp", srcPort: 1, dstPort: 2, flags: "SX" }] })).toMatchObject({ ok: false, layer: 0, field: "flags" });
  });

  it("IPv6 extension headers chain their next-header numbers and pad to 8 bytes", () => {
    const b = bytes(PRESETS.find((x) => x.name === "ipv6_ext")!.packet);
    expect(b[14 + 6]).toBe(0); // IPv6 → hop-by-hop
    const hbh = b.subarray(54, 62);
    // next 43 (routing), length 0, Router Alert (5, 2 bytes), PadN of 0 data bytes
    expect(toHex(hbh)).toBe("2b00" + "05020000" + "0100");
    const rh = b.subarray(62, 86);
    // next 44 (fragment), length 2 (one address), type 0, segments left 0 (as given), reserved
    expect(toHex(rh.subarray(0, 8))).toBe("2c02000000000000");
    const frag = b.subarray(86, 94);
    expect(toHex(frag)).toBe("3c000000" + "0000cafe");
    const dst = b.subarray(94, 102);
    expect(toHex(dst)).toBe("3a00" + "010400000000");
    expect(b[102]).toBe(128);
    // payload length: everything after the fixed header
    expect((b[18] << 8) | b[19]).toBe(b.length - 54);
  });
});

describe("overrides build broken packets on purpose", () => {
  it("a given checksum, length or header length is written as given", () => {
    const p: Packet = { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", checksum: 0xdead, totalLength: 9999, ihl: 15 }, { kind: "udp", srcPort: 1, dstPort: 2, checksum: 0, length: 3 }] };
    const b = bytes(p);
    expect(toHex(b.subarray(24, 26))).toBe("dead");
    expect(toHex(b.subarray(16, 18))).toBe("270f");
    expect(b[14]).toBe(0x4f);
    expect(toHex(b.subarray(38, 42))).toBe("00030000");
  });

  it("truncate keeps the first N bytes", () => {
    expect(bytes({ ...DEFAULT_PACKET, truncate: 40 }).length).toBe(40);
  });
});

describe("errors are values naming the layer and field", () => {
  it.each([
    [{ layers: [{ kind: "ipv4", src: "10.0.0", dst: "10.0.0.2" }] }, 0, "src"],
    [{ layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", ttl: 256 }] }, 1, "ttl"],
    [{ layers: [{ kind: "ethernet", dst: "zz", src: "02:00:00:00:00:01" }] }, 0, "dst"],
    [{ layers: [{ kind: "ipv6", src: "1::2::3", dst: "::1" }] }, 0, "src"],
    [{ layers: [{ kind: "payload", hex: "abc" }] }, 0, "hex"],
    [{ layers: [{ kind: "tcp", srcPort: 1, dstPort: 70000 }] }, 0, "dstPort"],
    [{ layers: [{ kind: "tcp", srcPort: 1, dstPort: 2, options: Array(11).fill({ kind: "mss", value: 1 }) }] }, 0, "options"],
    [{ layers: [{ kind: "icmp", rest: "00" }] }, 0, "rest"],
  ] as [Packet, number, string][])("%j", (p, layer, field) => {
    const r = build(p);
    expect(r).toMatchObject({ ok: false, layer, field });
  });
});

describe("descriptions from JSON", () => {
  it("anything in the wrong place is an error value, never a throw", () => {
    expect(build({ layers: [{ kind: "gre" }] } as unknown as Packet)).toMatchObject({ ok: false, layer: 0, field: "kind" });
    expect(build({} as Packet)).toMatchObject({ ok: false, field: "layers" });
    let seed = 5;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
    const junk = [undefined, null, 0, -1, 1.5, "x", "80", [], {}, [1, 2], 2 ** 40, "02:00:00:00:00:01", "10.0.0.1", "::1"];
    const fields = ["dst", "src", "vlans", "type", "op", "senderMac", "senderIp", "targetIp", "ttl", "options", "flags", "srcPort", "dstPort", "addresses", "hex", "text", "rest", "id", "seq"];
    const kinds = ["ethernet", "arp", "ipv4", "ipv6", "hopbyhop", "routing", "fragment", "destopts", "tcp", "udp", "icmp", "icmpv6", "payload", "bogus"];
    for (let k = 0; k < 5000; k++) {
      const layers = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
        const l: Record<string, unknown> = { kind: kinds[Math.floor(rand() * kinds.length)] };
        for (let f = 0; f < 3; f++) l[fields[Math.floor(rand() * fields.length)]] = junk[Math.floor(rand() * junk.length)];
        return l;
      });
      const r = build({ layers } as unknown as Packet);
      expect(typeof r.ok).toBe("boolean");
    }
  });
});

describe("presets", () => {
  it("all build, and the truncated one is cut inside TCP", () => {
    const names = PRESETS.map((p) => p.name);
    for (const n of ["tcp_syn", "http_get", "dns_query", "icmp_echo", "ipv6_tcp", "arp_request", "vlan", "truncated", "default"]) expect(names).toContain(n);
    for (const p of PRESETS) expect(build(p.packet).ok, p.name).toBe(true);
    expect(bytes(PRESETS.find((x) => x.name === "truncated")!.packet).length).toBe(40);
  });

  it("the DNS query is RFC 1035's: id, RD, one question, example.com A IN", () => {
    const b = bytes(PRESETS.find((x) => x.name === "dns_query")!.packet);
    expect(toHex(b.subarray(42))).toBe("beef01000001000000000000" + "076578616d706c6503636f6d00" + "00010001");
  });
});
