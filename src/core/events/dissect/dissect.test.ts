// The dissector: Wireshark's labels for the default frame, field places (bits too), every
// preset read back with correct checksums, and bytes cut or scrambled anywhere never throw.
import { describe, expect, it } from "vitest";
import { build } from "../packet/build.ts";
import { defaultPacketBytes } from "../packet/default.ts";
import type { Packet } from "../packet/layers.ts";
import { PRESETS } from "../packet/presets.ts";
import { diffBytes, isChanged } from "./diff.ts";
import { dissect } from "./dissect.ts";
import { fieldsAt } from "./tree.ts";
import type { Field } from "./tree.ts";

const bytesOf = (p: Packet) => {
  const r = build(p);
  if (!r.ok) throw new Error(r.message);
  return r.bytes;
};
const all = (fs: readonly Field[]): Field[] => fs.flatMap((f) => [f, ...all(f.children)]);
const find = (fs: readonly Field[], abbrev: string) => all(fs).find((f) => f.abbrev === abbrev);

describe("the default frame, as Wireshark labels it", () => {
  const d = dissect(defaultPacketBytes());

  it("has Ethernet, IPv4, TCP and data, with Wireshark's summary lines", () => {
    expect(d.layers.map((l) => l.show)).toEqual([
      "Ethernet II, Src: 02:00:00:00:00:01, Dst: 02:00:00:00:00:02",
      "Internet Protocol Version 4, Src: 10.0.0.1, Dst: 10.0.0.2",
      "Transmission Control Protocol, Src Port: 12345, Dst Port: 80, Seq: 1, Len: 10",
      "Data (10 bytes)",
    ]);
    expect(d.trailer).toBeUndefined();
  });

  it("labels the IPv4 fields, bit fields with their bit pictures", () => {
    const ip = d.layers[1];
    expect(ip.children.map((f) => f.show)).toEqual([
      "0100 .... = Version: 4",
      ".... 0101 = Header Length: 20 bytes (5)",
      "Differentiated Services Field: 0x00 (DSCP: CS0, ECN: Not-ECT)",
      "Total Length: 50",
      "Identification: 0x1234 (4660)",
      "010. .... = Flags: 0x2, Don't fragment",
      "...0 0000 0000 0000 = Fragment Offset: 0",
      "Time to Live: 64",
      "Protocol: TCP (6)",
      "Header Checksum: 0x1490 [correct]",
      "Source Address: 10.0.0.1",
      "Destination Address: 10.0.0.2",
    ]);
    expect(find(d.layers, "ip.dsfield.dscp")!.show).toBe("0000 00.. = Differentiated Services Codepoint: Default (0)");
    expect(find(d.layers, "ip.flags.df")!.show).toBe(".1.. .... = Don't fragment: Set");
    expect(find(d.layers, "ip.hdr_len")).toMatchObject({ offset: 14, length: 1, bits: { offset: 4, length: 4 }, value: 5 });
    expect(find(d.layers, "ip.frag_offset")).toMatchObject({ offset: 20, length: 2, bits: { offset: 3, length: 13 } });
    expect(find(d.layers, "ip.ttl")).toMatchObject({ offset: 22, length: 1, value: 64 });
    expect(find(d.layers, "ip.src")).toMatchObject({ offset: 26, length: 4, value: "10.0.0.1" });
  });

  it("labels the TCP fields and flags", () => {
    const tcp = d.layers[2];
    expect(tcp.children.map((f) => f.show)).toEqual([
      "Source Port: 12345",
      "Destination Port: 80",
      "Sequence Number (raw): 1",
      "Acknowledgment number (raw): 0",
      "0101 .... = Header Length: 20 bytes (5)",
      "Flags: 0x002 (SYN)",
      "Window: 65535",
      "Checksum: 0x5edf [correct]",
      "Urgent Pointer: 0",
    ]);
    const flags = find(d.layers, "tcp.flags")!;
    expect(flags.children.map((f) => f.show)).toEqual([
      ".... 000. .... .... = Reserved: Not set",
      ".... ...0 .... .... = Accurate ECN: Not set",
      ".... .... 0... .... = Congestion Window Reduced: Not set",
      ".... .... .0.. .... = ECN-Echo: Not set",
      ".... .... ..0. .... = Urgent: Not set",
      ".... .... ...0 .... = Acknowledgment: Not set",
      ".... .... .... 0... = Push: Not set",
      ".... .... .... .0.. = Reset: Not set",
      ".... .... .... ..1. = Syn: Set",
      ".... .... .... ...0 = Fin: Not set",
    ]);
    expect(find(d.layers, "tcp.flags.syn")).toMatchObject({ offset: 47, length: 1, bits: { offset: 6, length: 1 }, value: 1 });
    expect(find(d.layers, "data.text")!.value).toBe("hello bpf\n");
  });
});

describe("fieldsAt", () => {
  it("gives the layer, field and bit field over a byte", () => {
    const d = dissect(defaultPacketBytes());
    expect(fieldsAt(d.layers, 22).map((f) => f.abbrev)).toEqual(["ip", "ip.ttl"]);
    expect(fieldsAt(d.layers, 20).map((f) => f.abbrev)).toEqual(["ip", "ip.flags", "ip.flags.rb"]);
    // a byte of bit fields gives the first of them
    expect(fieldsAt(d.layers, 46).map((f) => f.abbrev)).toEqual(["tcp", "tcp.hdr_len"]);
    expect(fieldsAt(d.layers, 47).map((f) => f.abbrev)).toEqual(["tcp", "tcp.flags", "tcp.flags.cwr"]);
    expect(fieldsAt(d.layers, 60).map((f) => f.abbrev)).toEqual(["data", "data.data"]);
    expect(fieldsAt(d.layers, 64)).toEqual([]);
  });
});

describe("every preset", () => {
  for (const preset of PRESETS) {
    it(`${preset.name}: no problem reported except the truncation it was built with`, () => {
      const b = bytesOf(preset.packet);
      const d = dissect(b);
      const problems = all([...d.layers]).filter((f) => f.problem);
      if (preset.name === "truncated") expect(problems.some((f) => f.problem === "truncated")).toBe(true);
      else expect(problems.map((f) => f.show)).toEqual([]);
      // every checksum the builder computed reads back as correct
      for (const f of all([...d.layers]).filter((f) => /checksum$/.test(f.abbrev))) expect(f.show, `${preset.name} ${f.abbrev}`).toMatch(/\[correct\]|truncated|unverified/);
      // fields lie inside the frame
      for (const f of all([...d.layers])) expect(f.offset + f.length).toBeLessThanOrEqual(b.length);
    });
  }

  it("names what the presets carry", () => {
    const show = (name: string) => dissect(bytesOf(PRESETS.find((p) => p.name === name)!.packet)).layers.map((l) => l.show.split(",")[0]);
    expect(show("arp_request")).toEqual(["Ethernet II", "Address Resolution Protocol (request)"]);
    expect(show("vlan")).toEqual(["Ethernet II", "802.1Q Virtual LAN", "Internet Protocol Version 4", "User Datagram Protocol", "Data (6 bytes)"]);
    expect(show("ipv6_ext")).toEqual([
      "Ethernet II", "Internet Protocol Version 6", "IPv6 Hop-by-Hop Option", "Routing Header for IPv6 (IPv6 Source Routing)", "Fragment Header for IPv6",
      "Destination Options for IPv6", "Internet Control Message Protocol v6", "Data (5 bytes)",
    ]);
    const syn = dissect(bytesOf(PRESETS.find((p) => p.name === "tcp_syn")!.packet));
    expect(find(syn.layers, "tcp.options")!.show).toBe("Options: (20 bytes), Maximum segment size, SACK permitted, Timestamps, No-Operation (NOP), Window scale");
    expect(all([...syn.layers]).filter((f) => f.abbrev === "tcp.option").map((f) => f.show)).toEqual([
      "TCP Option - Maximum segment size: 1460 bytes", "TCP Option - SACK permitted", "TCP Option - Timestamps: TSval 1000, TSecr 0", "TCP Option - Window scale: 7 (multiply by 128)",
    ]);
    const v = dissect(bytesOf(PRESETS.find((p) => p.name === "vlan")!.packet));
    expect(find(v.layers, "vlan.priority")!.show).toBe("011. .... .... .... = Priority: Critical Applications (3)");
    expect(find(v.layers, "vlan.id")!.show).toBe(".... 0000 0110 0100 = ID: 100");
    const v6 = dissect(bytesOf(PRESETS.find((p) => p.name === "ipv6_ext")!.packet));
    expect(find(v6.layers, "ipv6.flow")!.show).toBe(".... .... .... 0001 0010 0011 0100 0101 = Flow Label: 0x12345");
    expect(find(v6.layers, "ipv6.tclass")!.show).toBe("Traffic Class: 0x00 (DSCP: CS0, ECN: Not-ECT)");
  });
});

describe("DNS", () => {
  const udp = (payload: string): Packet => ({
    layers: [{ kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" }, { kind: "ipv4", src: "10.0.0.2", dst: "10.0.0.1" }, { kind: "udp", srcPort: 53, dstPort: 53000 }, { kind: "payload", hex: payload }],
  });
  // RFC 1035: id beef, QR|RD|RA, 1 question, 1 answer; the answer's name is a pointer (c00c) to the question's
  const question = "076578616d706c6503636f6d00" + "00010001";
  const response = "beef81800001000100000000" + question + "c00c" + "00010001" + "0000012c" + "0004" + "5db8d822";

  it("labels a response with a compressed answer", () => {
    const d = dissect(bytesOf(udp(response)));
    const f = d.layers[3];
    expect(f.show).toBe("Domain Name System (response)");
    expect(find([f], "dns.flags")!.show).toBe("Flags: 0x8180 Standard query response, No error");
    expect(all([f]).filter((x) => x.abbrev === "dns.rr").map((x) => x.show)).toEqual(["example.com: type A, class IN, addr 93.184.216.34"]);
    expect(find([f], "dns.resp.ttl")).toMatchObject({ value: 300, offset: 42 + 12 + 17 + 6 });
    expect(all([f]).some((x) => x.problem)).toBe(false);
  });

  it("a pointer loop or a cut name is malformed, not a hang", () => {
    const loop = dissect(bytesOf(udp("beef01000001000000000000" + "c00c" + "00010001")));
    expect(find(loop.layers, "dns.name.malformed")).toMatchObject({ problem: "malformed" });
    const cut = dissect(bytesOf(udp(response.slice(0, response.length - 10))));
    expect(all([...cut.layers]).some((x) => x.problem === "truncated")).toBe(true);
  });
});

describe("broken packets are labelled, never thrown", () => {
  it("a bad checksum says what it should be", () => {
    const d = dissect(bytesOf({ layers: [{ kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" }, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", checksum: 0xdead }, { kind: "udp", srcPort: 1, dstPort: 2, checksum: 1 }] }));
    expect(find(d.layers, "ip.checksum")).toMatchObject({ problem: "bad-checksum" });
    expect(find(d.layers, "ip.checksum")!.show).toMatch(/^Header Checksum: 0xdead \[incorrect, should be 0x[0-9a-f]{4}\]$/);
    expect(find(d.layers, "udp.checksum")!.show).toBe("Checksum: 0x0001 [incorrect, should be 0xebd8]");
  });

  it("the default frame cut at every length gives a truncated field and nothing past the end", () => {
    const full = defaultPacketBytes();
    for (let n = 0; n < full.length; n++) {
      const d = dissect(full.subarray(0, n));
      const fields = all([...d.layers]);
      expect(fields.some((f) => f.problem === "truncated") || n === 0, `cut at ${n}`).toBe(true);
      for (const f of fields) expect(f.offset + f.length, `cut at ${n}: ${f.abbrev}`).toBeLessThanOrEqual(n);
    }
  });

  it("a lying header length is marked", () => {
    const b = defaultPacketBytes().slice();
    b[14] = 0x42;
    expect(find(dissect(b).layers, "ip.hdr_len")).toMatchObject({ problem: "malformed", show: ".... 0010 = Header Length: 8 bytes (2) (bogus, must be at least 20)" });
    // the bytes after it are data, not Ethernet padding
    expect(dissect(b).layers.at(-1)).toMatchObject({ abbrev: "data", offset: 15, length: 49 });
    expect(dissect(b).trailer).toBeUndefined();
  });

  it("random and mutated bytes never throw (20,000 inputs)", () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
    const bases = PRESETS.map((p) => bytesOf(p.packet));
    for (let k = 0; k < 20_000; k++) {
      let b: Uint8Array;
      if (k % 2) b = Uint8Array.from({ length: Math.floor(rand() * 120) }, () => Math.floor(rand() * 256));
      else {
        b = bases[k % bases.length].slice(0, 1 + Math.floor(rand() * 200));
        for (let m = 0; m < 1 + rand() * 6; m++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      }
      const d = dissect(b, k % 5 === 0 ? "ip" : "ethernet");
      expect(all([...d.layers]).every((f) => f.problem !== "malformed" || f.abbrev !== "malformed")).toBe(true);
    }
  });
});

describe("diffBytes", () => {
  it("marks changed, added and removed ranges", () => {
    const a = Uint8Array.of(1, 2, 3, 4, 5, 6);
    expect(diffBytes(a, Uint8Array.of(1, 9, 9, 4, 5, 7, 8, 8))).toEqual([
      { offset: 1, length: 2, kind: "changed" },
      { offset: 5, length: 1, kind: "changed" },
      { offset: 6, length: 2, kind: "added" },
    ]);
    expect(diffBytes(a, a.subarray(0, 4))).toEqual([{ offset: 4, length: 2, kind: "removed" }]);
    expect(diffBytes(a, a)).toEqual([]);
    const r = diffBytes(a, Uint8Array.of(1, 9, 3));
    expect([0, 1, 2].map((i) => isChanged(r, i))).toEqual([false, true, false]);
  });
});
