// `bpfplay run` on packets: the default frame when none is given, and --pcap over a capture.
import { describe, expect, it } from "vitest";
import { build, DEFAULT_PACKET_HEX, isCaptureError, PRESETS, readCapture, toHex, writePcap } from "../../core/events/index.ts";
import { DROP_80, presetCapture, SWAP_MACS } from "./run_fixtures.ts";
import { runInMemory } from "../memory_io.ts";

const cli = (argv: string[], files: Record<string, string | Uint8Array> = {}) => runInMemory(argv, files);

const COUNT = `
  *(u32 *)(r10 - 4) = 0
  r2 = r10
  r2 += -4
  r1 = map[counts] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
out:
  r0 = 2
  exit
`;

describe("run without a packet", () => {
  it("an XDP program gets the UI's default frame and says so", () => {
    const r = cli(["run", "p.s", "--type", "xdp"], { "p.s": DROP_80 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('note: no --packet-hex: xdp runs on the default 64-byte Ethernet/IPv4/TCP frame (10.0.0.1:12345 → 10.0.0.2:80, SYN, payload "hello bpf\\n")\n');
    expect(r.stdout).toContain("r0 = 1 (0x1)");
    const j = cli(["run", "p.s", "--type", "xdp", "--json"], { "p.s": DROP_80 });
    expect(j.json()).toMatchObject({ accepted: true, default_packet: true, result: { r0: 1, packet_out_hex: DEFAULT_PACKET_HEX.replace(/ /g, "") } });
  });

  it("a given packet is used as it is, and nothing is said", () => {
    const j = cli(["run", "p.s", "--type", "xdp", "--packet-hex", "00".repeat(64), "--json"], { "p.s": DROP_80 });
    expect(j.stderr).toBe("");
    expect(j.json().default_packet).toBeUndefined();
    expect(j.json().result.r0).toBe(2);
  });

  it("types without a packet get none", () => {
    const r = cli(["run", "p.s", "--type", "kprobe", "--json"], { "p.s": "r0 = 0\nexit" });
    expect(r.stderr).toBe("");
    expect(r.json().default_packet).toBeUndefined();
  });
});

describe("run --pcap", () => {
  const files = { "p.s": DROP_80, "c.pcap": presetCapture() };

  it("runs every packet and counts the return values by name", () => {
    const j = cli(["run", "p.s", "--type", "xdp", "--pcap", "c.pcap", "--json"], files);
    expect(j.status).toBe(0);
    const out = j.json();
    expect(out.results.map((x: { verdict: string }) => x.verdict)).toEqual(
      PRESETS.map((p) => (["default", "tcp_syn", "http_get", "truncated"].includes(p.name) ? "XDP_DROP" : "XDP_PASS")),
    );
    expect(out.results[0]).toMatchObject({ packet: 1, time: "1700000000.000000000", length: 64, r0: 1, verdict: "XDP_DROP", insns_executed: 13 });
    expect(out.results[1].time).toBe("1700000000.001000000");
    expect(out.summary).toMatchObject({ packets: PRESETS.length, verdicts: { XDP_DROP: 4, XDP_PASS: PRESETS.length - 4 }, faults: 0, changed: 0 });
  });

  it("prints a line per packet and a summary", () => {
    const r = cli(["run", "p.s", "--type", "xdp", "--pcap", "c.pcap"], files);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("packet 1 (64 bytes, 1700000000.000000000): r0 = 1 (XDP_DROP), 13 instructions");
    expect(lines.at(-1)).toMatch(new RegExp(`^${PRESETS.length} packets: XDP_DROP 4, XDP_PASS ${PRESETS.length - 4}; \\d+ instructions \\(\\d+\\.\\d per packet\\)$`));
  });

  it("maps keep their contents from packet to packet", () => {
    const j = cli(["run", "c.s", "--type", "xdp", "--map", "counts:array:4:8:1", "--pcap", "c.pcap", "--json"], { "c.s": COUNT, "c.pcap": presetCapture() });
    expect(j.json().maps.counts).toEqual([{ key: "00000000", value: PRESETS.length.toString(16).padStart(2, "0") + "00000000000000" }]);
  });

  it("--pcap-out writes the packets the program let through, as it left them, with their times", () => {
    const r = cli(["run", "p.s", "--type", "xdp", "--pcap", "c.pcap", "--pcap-out", "out.pcap"], files);
    expect(r.stdout).toContain(`wrote ${PRESETS.length - 4} packets to out.pcap`);
    const back = readCapture(r.written["out.pcap"]);
    if (isCaptureError(back)) throw new Error(back.error);
    const passed = PRESETS.map((p, i) => [p, i] as const).filter(([p]) => !["default", "tcp_syn", "http_get", "truncated"].includes(p.name));
    expect(back.packets.map((p) => toHex(p.data))).toEqual(passed.map(([p]) => toHex((build(p.packet) as { bytes: Uint8Array }).bytes)));
    expect(back.packets.map((p) => p.timestampNs)).toEqual(passed.map(([, i]) => 1_700_000_000_000_000_000n + BigInt(i) * 1_000_000n));
    // XDP_TX with the addresses swapped: every packet, changed
    const tx = cli(["run", "s.s", "--type", "xdp", "--pcap", "c.pcap", "--pcap-out", "tx.pcap", "--json"], { ...files, "s.s": SWAP_MACS });
    expect(tx.json().summary).toMatchObject({ written: PRESETS.length, changed: PRESETS.length });
    const txBack = readCapture(tx.written["tx.pcap"]);
    if (isCaptureError(txBack)) throw new Error(txBack.error);
    expect(toHex(txBack.packets[0].data.subarray(0, 12))).toBe("020000000001" + "020000000002");
    expect(cli(["run", "p.s", "--pcap-out", "x.pcap"], files).stderr).toContain("--pcap-out writes the packets a --pcap run let through: it needs --pcap");
  });

  it("raw IP captures run with an Ethernet header in front, and say so", () => {
    const frames = PRESETS.filter((p) => p.name === "default" || p.name === "dns_query").map((p) => (build(p.packet) as { bytes: Uint8Array }).bytes.subarray(14));
    const j = cli(["run", "p.s", "--type", "xdp", "--pcap", "raw.pcap", "--json"], { "p.s": DROP_80, "raw.pcap": writePcap(frames.map((data) => ({ data })), { linkType: 101 }) });
    expect(j.stderr).toBe("note: --pcap raw.pcap: packets of link type 101 (raw IP) run with an Ethernet header in place of their own\n");
    expect(j.json().results.map((x: { verdict: string; length: number }) => [x.verdict, x.length])).toEqual([["XDP_DROP", 64], ["XDP_PASS", 71]]);
  });

  it("a packet too short for its context is that packet's error, and the run exits 1", () => {
    const f = writePcap([{ data: new Uint8Array(10) }, { data: new Uint8Array(64) }]);
    const j = cli(["run", "p.s", "--type", "xdp", "--pcap", "s.pcap", "--json"], { "p.s": DROP_80, "s.pcap": f });
    expect(j.status).toBe(1);
    expect(j.json().results[0]).toMatchObject({ verdict: "error", fault: { message: "an XDP packet needs at least 14 bytes (an Ethernet header)" } });
    expect(j.json().summary.verdicts).toEqual({ error: 1, XDP_PASS: 1 });
  });

  it("bad files and options are usage errors naming the offset", () => {
    const cut = presetCapture().subarray(0, 50);
    const r = cli(["run", "p.s", "--type", "xdp", "--pcap", "x.pcap"], { "p.s": DROP_80, "x.pcap": cut });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("bpfplay run: --pcap x.pcap: byte 40: packet 1: 64 bytes captured but the file ends after 10\n");
    expect(cli(["run", "p.s", "--pcap", "c.pcap", "--packet-hex", "00"], files).stderr).toContain("--pcap runs the program on every packet of the file");
    expect(cli(["run", "k.s", "--type", "kprobe", "--pcap", "c.pcap"], { ...files, "k.s": "r0 = 0\nexit" }).stderr).toContain("program type kprobe does not take a packet");
    const raw = writePcap([{ data: new Uint8Array(20) }], { linkType: 105 });
    expect(cli(["run", "p.s", "--type", "xdp", "--pcap", "r.pcap"], { "p.s": DROP_80, "r.pcap": raw }).stderr).toContain("--pcap r.pcap: packet 1: link type 105 (unknown) cannot be made an Ethernet frame");
  });
});
