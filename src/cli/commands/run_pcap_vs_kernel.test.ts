// `bpfplay run --pcap` against the kernel: every packet of a capture (the presets and seeded
// random packets) runs through BPF_PROG_TEST_RUN on its own bytes; the return value and the
// packet the program leaves must equal what the CLI reports for that packet.
import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import { build, PRESETS, toHex, writePcap } from "../../core/events/index.ts";
import { randomPacket } from "../../core/events/packet/random.ts";
import { bytesToHex, encodeInsns } from "../../core/isa/index.ts";
import { kernelAvailable, kernelRunBatch } from "../../../test/kernel/reference.ts";
import { run } from "../main.ts";
import type { Io } from "../io.ts";
import { DROP_80, SWAP_MACS } from "./run_fixtures.ts";

const frames = [...PRESETS.map((p) => p.packet), ...Array.from({ length: 30 }, (_, i) => randomPacket(500 + i))].map((p) => {
  const r = build(p);
  if (!r.ok) throw new Error(r.message);
  return r.bytes;
});

function cliJson(argv: string[], files: Record<string, Uint8Array | string>) {
  let stdout = "";
  const io: Io = {
    stdout: (d) => void (stdout += typeof d === "string" ? d : ""),
    stderr: () => undefined,
    readFile: (p) => (typeof files[p] === "string" ? new TextEncoder().encode(files[p] as string) : (files[p] as Uint8Array)),
    writeFile: () => undefined,
    stdoutIsTTY: false,
  };
  run(argv, io);
  return JSON.parse(stdout);
}

describe("run --pcap vs BPF_PROG_TEST_RUN", () => {
  it.each([["drop TCP to port 80", DROP_80], ["swap MACs and XDP_TX", SWAP_MACS]])("%s: every packet's r0 and output packet", (_name, text) => {
    const k = kernelAvailable();
    if (!k.ok) return;
    const out = cliJson(["run", "p.s", "--type", "xdp", "--pcap", "c.pcap", "--json"], { "p.s": text, "c.pcap": writePcap(frames.map((data) => ({ data }))) });
    const insns_hex = bytesToHex(encodeInsns(assemble(text).program.insns));
    const replies = kernelRunBatch(frames.map((f) => ({ prog_type: "xdp", insns_hex, packet_hex: toHex(f) })));
    replies.forEach((reply, i) => {
      if (!reply.available || reply.error !== undefined || !reply.accepted || !reply.result) throw new Error(`packet ${i + 1}: ${JSON.stringify(reply).slice(0, 400)}`);
      const mine = out.results[i];
      expect(mine.r0, `packet ${i + 1}: r0`).toBe(reply.result.r0);
      expect(mine.packet_out_hex ?? toHex(frames[i]), `packet ${i + 1}: packet out`).toBe(reply.result.packet_out_hex);
    });
    expect(out.summary.packets).toBe(frames.length);
  });
});
