// `bpfplay run --pcap FILE`: the program runs on every packet of a capture, one after another,
// as on an interface: maps keep their contents from packet to packet. Per packet the return
// value by name, instructions executed and whether the packet changed; then a summary with the
// count of each return value.

import { isCaptureError, knowsPassing, LINKTYPE_ETHERNET, LINKTYPE_NAMES, passedPacket, readCapture, toEthernet, verdictName, writePcap } from "../../core/events/index.ts";
import type { CapturedPacket } from "../../core/events/index.ts";
import { progTypeByName, progTypeFor } from "../../core/isa/progtypes.ts";
import type { Program } from "../../core/program.ts";
import type { InitEntry, MapDump } from "../../core/vm/index.ts";
import { Runner } from "../../core/vm/runner.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { RecordTaker, takenJson, takenText } from "./run_records.ts";
import type { RecordReader, TakenRecord } from "./run_records.ts";

export interface PcapRunOptions {
  readonly program: Program;
  readonly progType: string;
  readonly pcapFile: string;
  /** Where to write the packets the program let through, as it left them. */
  readonly pcapOut?: string;
  /** Reads the ring buffer records and perf samples each packet's run writes (decoded from C). */
  readonly reader: RecordReader;
  readonly init: readonly InitEntry[];
  readonly budget?: number;
  readonly strictAlign?: boolean;
  /** A reader on every perf event array (not with --no-perf-reader): samples arrive instead of -ENOENT. */
  readonly perfReaders: boolean;
  readonly json: boolean;
}

export interface PacketResult {
  readonly packet: number;
  readonly timestampNs: bigint;
  readonly time: string;
  readonly length: number;
  readonly r0: bigint | null;
  readonly verdict: string;
  readonly insns: number;
  readonly fault?: { insn: number; kind: string; message: string };
  /** The packet as the program left it, when it differs from the input. */
  readonly out?: Uint8Array;
  readonly trace: readonly string[];
  /** Ring buffer records and perf samples this packet's run wrote. */
  readonly records: readonly TakenRecord[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
/** Seconds with nine decimals, exact (a JSON number would round nanoseconds away). */
const time = (ns: bigint) => `${ns / 1_000_000_000n}.${(ns % 1_000_000_000n).toString().padStart(9, "0")}`;

function readPackets(io: Io, file: string): readonly CapturedPacket[] {
  const r = readCapture(io.readFile(file));
  if (isCaptureError(r)) throw new UsageError(`--pcap ${file}: byte ${r.offset}: ${r.error}`);
  const types = new Set(r.packets.map((p) => p.linkType));
  types.delete(LINKTYPE_ETHERNET);
  // XDP and tc see Ethernet frames: other captures get an Ethernet header in place of theirs
  for (const t of types) io.stderr(`note: --pcap ${file}: packets of link type ${t} (${LINKTYPE_NAMES[t] ?? "unknown"}) run with an Ethernet header in place of their own\n`);
  return r.packets.map((p, i) => {
    const data = toEthernet(p);
    if (typeof data === "string") throw new UsageError(`--pcap ${file}: packet ${i + 1}: ${data}`);
    return data === p.data ? p : { ...p, data };
  });
}

/** Runs every packet; returns the per-packet results and the maps after the last one, or a setup error. */
export function runStream(o: PcapRunOptions, packets: readonly CapturedPacket[]): { results: PacketResult[]; maps: Record<string, MapDump>; durationNs: number } | string {
  const progType = progTypeFor(o.progType, o.program.section);
  if (!progType) return `unknown program type '${o.progType}'`;
  if (!progType.packet) return `--pcap: program type ${o.progType} does not take a packet (xdp, sched_cls, sched_act, socket_filter, cgroup_skb, ... do)`;
  // one runner for the whole capture: the machine and context are set up once, not per packet
  const runner = Runner.create({ program: o.program, progType: progType.name, init: o.init, budget: o.budget, strictAlign: o.strictAlign, perfReaders: o.perfReaders });
  if (typeof runner === "string") return runner;
  const results: PacketResult[] = [];
  // each packet's records: text prints them after it, --json lists them in its result
  const taker = new RecordTaker(runner.maps);
  const none: readonly TakenRecord[] = [];
  const t0 = process.hrtime.bigint();
  packets.forEach((p, i) => {
    const base = { packet: i + 1, timestampNs: p.timestampNs, time: time(p.timestampNs), length: p.data.length };
    const res = runner.run({ packet: p.data });
    if (res.status === "input") {
      // a packet the context cannot hold (shorter than an Ethernet header): that packet's error
      results.push({ ...base, r0: null, verdict: "error", insns: 0, fault: { insn: 0, kind: "input", message: res.error! }, trace: [], records: none });
      return;
    }
    const out = runner.output().packet;
    const fault = res.fault ? { insn: res.fault.pc, kind: res.fault.kind, message: res.fault.message } : undefined;
    const r0 = res.r0 ?? null;
    const verdict = r0 === null ? "fault" : (verdictName(r0, progType.name) ?? `${r0}`);
    results.push({ ...base, r0, verdict, insns: res.insns, ...(fault ? { fault } : {}), ...(out && !same(out, p.data) ? { out } : {}), trace: [...res.trace], records: taker.any ? taker.take() : none });
  });
  return { results, maps: runner.dumpMaps(), durationNs: Number(process.hrtime.bigint() - t0) };
}

/** Counts per verdict, in the order they first appear. */
export function verdictCounts(results: readonly PacketResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  return counts;
}

export function runPcapCommand(o: PcapRunOptions, io: Io, stringify: (v: unknown) => string, mapsJson: (m: Record<string, MapDump>) => unknown, header: Record<string, unknown>): number {
  const packets = readPackets(io, o.pcapFile);
  const progType = progTypeByName(o.progType)?.name ?? o.progType;
  if (o.pcapOut !== undefined && !knowsPassing(progType)) throw new UsageError(`--pcap-out: bpfplay does not know which return values of a ${progType} program let a packet through`);
  const r = runStream(o, packets);
  if (typeof r === "string") throw new UsageError(r);
  let written: number | undefined;
  if (o.pcapOut !== undefined) {
    const out = r.results.flatMap((x, i) => {
      const data = x.r0 === null ? undefined : passedPacket(x.r0, progType, x.out ?? packets[i].data);
      return data ? [{ data, timestampNs: x.timestampNs }] : [];
    });
    io.writeFile(o.pcapOut, writePcap(out));
    written = out.length;
  }
  const counts = verdictCounts(r.results);
  const insns = r.results.reduce((n, x) => n + x.insns, 0);
  const faults = r.results.filter((x) => x.fault).length;
  const summary = {
    packets: r.results.length,
    verdicts: counts,
    faults,
    insns_executed: insns,
    insns_per_packet: r.results.length ? insns / r.results.length : 0,
    changed: r.results.filter((x) => x.out).length,
    ...(written !== undefined ? { written } : {}),
    duration_ns: r.durationNs,
  };
  if (o.json) {
    const results = r.results.map((x) => ({
      packet: x.packet,
      time: x.time,
      length: x.length,
      r0: x.r0,
      verdict: x.verdict,
      insns_executed: x.insns,
      ...(x.fault ? { fault: x.fault } : {}),
      ...(x.out ? { packet_out_hex: hex(x.out) } : {}),
      ...(x.trace.length ? { trace_pipe: x.trace } : {}),
      ...(x.records.length ? { records: x.records.map((rec) => takenJson(o.reader, rec)) } : {}),
    }));
    io.stdout(stringify({ ...header, pcap: o.pcapFile, results, summary, maps: mapsJson(r.maps) }) + "\n");
  } else {
    for (const x of r.results) {
      for (const line of x.trace) io.stdout(`packet ${x.packet}: trace: ${line}\n`);
      const what = x.fault ? `error: ${x.fault.message}` : `r0 = ${x.r0}${x.verdict === `${x.r0}` ? "" : ` (${x.verdict})`}`;
      io.stdout(`packet ${x.packet} (${x.length} bytes, ${x.time}): ${what}, ${x.insns} instructions${x.out ? ", packet changed" : ""}\n`);
      for (const rec of x.records) io.stdout(`packet ${x.packet}: ${takenText(o.reader, rec)}\n`);
    }
    o.reader.printNotes(io.stderr);
    const list = Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(", ");
    io.stdout(`${summary.packets} packets: ${list || "none"}; ${insns} instructions (${summary.insns_per_packet.toFixed(1)} per packet)${summary.changed ? `; ${summary.changed} changed` : ""}\n`);
    if (written !== undefined) io.stdout(`wrote ${written} packet${written === 1 ? "" : "s"} to ${o.pcapOut}\n`);
  }
  return faults ? 1 : 0;
}
