// tcpdump as the reference: a pcap written by writePcap, of packets the builder made, read back
// by `tcpdump -r -nn -vv -e`, which parses every header itself and checks the IPv4, TCP, UDP,
// ICMP and ICMPv6 checksums. A checksum given wrong on purpose must read as wrong.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { skipOrFail } from "../../../../test/support/skip.ts";
import { build } from "../packet/build.ts";
import type { Packet } from "../packet/layers.ts";
import { PRESETS } from "../packet/presets.ts";
import { isCaptureError } from "./capture.ts";
import { readPcap, writePcap } from "./pcap.ts";

const tcpdump = spawnSync("tcpdump", ["--version"], { encoding: "utf8" });
const missing = tcpdump.error ? `tcpdump is not installed (${tcpdump.error.message}); apt-get install tcpdump` : undefined;

const ETH = { kind: "ethernet", dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01" } as const;
const preset = (name: string) => PRESETS.find((p) => p.name === name)!.packet;

/** Each packet with what tcpdump must print for it (regular expressions over its text for the packet). */
const CASES: [string, Packet, RegExp[]][] = [
  ["default", preset("default"), [/length 64: \(tos 0x0, ttl 64, id 4660, offset 0, flags \[DF\], proto TCP \(6\), length 50\)/, /10\.0\.0\.1\.12345 > 10\.0\.0\.2\.80: Flags \[S\], cksum 0x5edf \(correct\), seq 1:11, win 65535, length 10/]],
  ["tcp_syn", preset("tcp_syn"), [/cksum 0x[0-9a-f]{4} \(correct\)/, /options \[mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7\], length 0/]],
  ["http_get", preset("http_get"), [/Flags \[P\.\], cksum 0x[0-9a-f]{4} \(correct\), seq 439041102:439041160, ack 1584361601, win 502, length 58/, /GET \/ HTTP\/1\.1/]],
  ["dns_query", preset("dns_query"), [/proto UDP \(17\), length 57\)/, /10\.0\.0\.1\.53000 > 10\.0\.0\.2\.53: \[udp sum ok\] 48879\+ A\? example\.com\. \(29\)/]],
  ["icmp_echo", preset("icmp_echo"), [/proto ICMP \(1\), length 60\)/, /ICMP echo request, id 1, seq 1, length 40$/m]],
  ["ipv6_tcp", preset("ipv6_tcp"), [/next-header TCP \(6\) payload length: 24\) 2001:db8::1\.43210 > 2001:db8::2\.443: Flags \[S\], cksum 0x[0-9a-f]{4} \(correct\)/]],
  ["ipv6_ext", preset("ipv6_ext"), [/flowlabel 0x12345, hlim 64, next-header Options \(0\) payload length: 61\) 2001:db8::1 > 2001:db8::2: HBH \(rtalert: 0x0000\) \(padn\) RT6 \(len=2, type=0 \[Deprecated\], segleft=0, rsv=0x0, \[0\]2001:db8::3\) frag \(0x0000cafe:0\|21\) DSTOPT \(padn\) ICMP6, echo request, id 7, seq 1/]],
  ["arp_request", preset("arp_request"), [/ff:ff:ff:ff:ff:ff, ethertype ARP \(0x0806\), length 42: Ethernet \(len 6\), IPv4 \(len 4\), Request who-has 10\.0\.0\.2 tell 10\.0\.0\.1, length 28/]],
  ["vlan", preset("vlan"), [/ethertype 802\.1Q \(0x8100\), length 52: vlan 100, p 3, ethertype IPv4 \(0x0800\)/, /\[udp sum ok\]/]],
  ["truncated", preset("truncated"), [/length 40: truncated-ip - 24 bytes missing!/]],
  ["icmpv6 echo", { layers: [ETH, { kind: "ipv6", src: "2001:db8::1", dst: "2001:db8::2" }, { kind: "icmpv6", type: 128, id: 7, seq: 1 }, { kind: "payload", text: "x" }] }, [/\[icmp6 sum ok\] ICMP6, echo request, id 7, seq 1/]],
  [
    "UDP behind a type 2 routing header (checksum over the final destination)",
    { layers: [ETH, { kind: "ipv6", src: "2001:db8::1", dst: "2001:db8::2" }, { kind: "routing", routingType: 2, addresses: ["2001:db8::9"] }, { kind: "udp", srcPort: 1, dstPort: 2 }] },
    [/RT6 \(len=2, type=2, segleft=1, rsv=0x0, \[0\]2001:db8::9\) 1 > 2: \[udp sum ok\]/],
  ],
  ["IPv4 options", { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", options: [{ type: 148, data: "0000" }] }, { kind: "udp", srcPort: 7, dstPort: 9 }] }, [/options \(RA\)\)/, /\[udp sum ok\]/]],
  ["IPv4 fragment", { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2", id: 99, moreFragments: true, fragmentOffset: 0 }, { kind: "udp", srcPort: 7, dstPort: 9, length: 1008 }, { kind: "payload", hex: "00".repeat(16) }] }, [/id 99, offset 0, flags \[\+\], proto UDP \(17\), length 44\)/]],
  // wrong on purpose: tcpdump must notice
  ["bad IPv4 and ICMP checksums", { layers: [ETH, { kind: "ipv4", src: "1.2.3.4", dst: "5.6.7.8", checksum: 1 }, { kind: "icmp", checksum: 2 }] }, [/bad cksum 1 \(->6ace\)!/, /wrong icmp cksum 2 \(->f7ff\)!/]],
  ["bad ICMPv6 checksum", { layers: [ETH, { kind: "ipv6", src: "2001:db8::1", dst: "2001:db8::2" }, { kind: "icmpv6", type: 128, id: 7, seq: 1, checksum: 1 }] }, [/\[bad icmp6 cksum 0x0001 -> 0x2440!\]/]],
  ["bad TCP checksum", { layers: [ETH, { kind: "ipv4", src: "10.0.0.1", dst: "10.0.0.2" }, { kind: "tcp", srcPort: 1, dstPort: 2, checksum: 0x1234 }] }, [/cksum 0x1234 \(incorrect -> 0x[0-9a-f]{4}\)/]],
];

describe("pcap files written here, read by tcpdump", () => {
  it("tcpdump parses every packet as built, with its checksums correct (or wrong where made wrong)", () => {
    if (missing) return skipOrFail(missing);
    const packets = CASES.map(([name, p], i) => {
      const r = build(p);
      if (!r.ok) throw new Error(`${name}: ${r.message}`);
      return { data: r.bytes, timestampNs: BigInt(i) * 1_000_000_000n + 123_456_000n };
    });
    const dir = mkdtempSync(join(tmpdir(), "bpfplay-pcap-"));
    const file = join(dir, "built.pcap");
    writeFileSync(file, writePcap(packets));
    const out = spawnSync("tcpdump", ["-r", file, "-nn", "-vv", "-e", "-tt"], { encoding: "utf8" });
    expect(out.status, out.stderr).toBe(0);
    // tcpdump starts each packet with its timestamp at the start of a line
    const texts = out.stdout.split(/^(?=\d+\.\d{6} )/m).filter((t) => t.trim());
    expect(texts.length).toBe(CASES.length);
    CASES.forEach(([name, , want], i) => {
      expect(texts[i].startsWith(`${i}.123456 `), `${name}: timestamp`).toBe(true);
      for (const re of want) expect(texts[i], name).toMatch(re);
    });
    // libpcap's own writer: tcpdump copies the file with nanosecond timestamps (magic a1b23c4d); it reads back the same
    const theirs = join(dir, "theirs.pcap");
    const copy = spawnSync("tcpdump", ["-r", file, "-w", theirs, "--time-stamp-precision=nano"], { encoding: "utf8" });
    expect(copy.status, copy.stderr).toBe(0);
    const back = readPcap(new Uint8Array(readFileSync(theirs)));
    if (isCaptureError(back)) throw new Error(`${back.error} at ${back.offset}`);
    expect(Array.from(readFileSync(theirs).subarray(0, 4))).toEqual([0x4d, 0x3c, 0xb2, 0xa1]);
    expect(back.packets.map((p) => [p.timestampNs, Buffer.from(p.data).toString("hex")])).toEqual(packets.map((p) => [p.timestampNs, Buffer.from(p.data).toString("hex")]));
    // nanosecond files too
    writeFileSync(file, writePcap([{ data: packets[0].data, timestampNs: 1_000_000_007n }], { nanos: true }));
    const ns = spawnSync("tcpdump", ["-r", file, "-nn", "-tt", "--time-stamp-precision=nano"], { encoding: "utf8" });
    expect(ns.stdout).toMatch(/^1\.000000007 IP 10\.0\.0\.1\.12345 > 10\.0\.0\.2\.80/);
  });
});
