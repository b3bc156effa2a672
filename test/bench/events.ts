// `npm run bench -- events` (and part of `npm run bench`): events per second of a stream, as the
// Events pane's Stream and `bpfplay run --events` run one: N events a template makes from a seed
// (src/core/events/stream: packets patched, not built, where the drawn fields allow), each run
// by the stream runner on one map set (src/core/stream over the VM's Runner), tallied. Two
// programs: the XDP parser and the hash-map counter. Beside them, in the same process run, the
// kernel's BPF_PROG_TEST_RUN mean duration per run (repeat=1,000,000, one packet), which is the
// kernel's per-run cost with no event generation at all.
//
// Each stream is whole (a fresh runner, events 0 to N-1 of seed 1, the tally of all of them),
// ROUNDS streams per program, the programs in turn, CPU time; the figure is the median stream,
// the best beside it. Figures only: nothing here passes or fails.
import { loadavg } from "node:os";
import type { KernelReply, KernelRequest } from "../kernel/reference.ts";

type Core = typeof import("./core.ts");

const TEMPLATE = {
  packet: "default",
  fields: {
    "ipv4.src": { range: ["10.0.0.1", "10.0.255.254"] },
    "tcp.srcPort": { range: [1024, 65535] },
    "tcp.dstPort": { list: [80, 443, 22, 8080] },
  },
};

const CASES = [
  { name: "(b) XDP parser over a stream", file: "tcp_parser.s" },
  { name: "(c) XDP hash-map counter over a stream", file: "hash_counter.s" },
];

const ROUNDS = 3;

const median = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

export function eventsBench(core: Core, texts: readonly string[], packet: Uint8Array, kernel: ((req: KernelRequest) => KernelReply) | undefined, events = 1_000_000): void {
  const { assemble, bytesToHex, encodeInsns, parseTemplate, isTemplateError, generatedSource, StreamRunner, StreamTally } = core;
  const t = parseTemplate(TEMPLATE);
  if (isTemplateError(t)) throw new Error(t.message);
  console.log(`${"events per second (bundled core)".padEnd(40)} ${"events".padStart(9)} ${"events/s (best)".padStart(22)} ${"ns/event".padStart(9)} ${"of it: making".padStart(14)} ${"kernel/run".padStart(11)}`);
  const programs = CASES.map((c, i) => assemble(texts[i]).program);
  const source = generatedSource(t, 1, events);
  if (!source.input) console.log("  note: the template's packets are built one by one (no patch plan)");
  const streams = CASES.map(() => [] as number[]);
  const making = CASES.map(() => [] as number[]);
  const summaries = CASES.map(() => "");
  for (let r = 0; r < ROUNDS; r++) {
    CASES.forEach((_, i) => {
      const runner = StreamRunner.create({ program: programs[i], progType: "xdp" });
      if (typeof runner === "string") throw new Error(runner);
      const tally = new StreamTally(events);
      const c0 = process.cpuUsage();
      for (let k = 0; k < events; k++) tally.add(runner.runAt(source, k));
      const cu = process.cpuUsage(c0);
      streams[i].push(((cu.user + cu.system) * 1000) / events);
      summaries[i] = tally.summary(0).verdicts.map((v) => `${v.verdict} ${v.count}`).join(", ");
      // the making of the events alone (patching or building), without running them
      const m0 = process.cpuUsage();
      for (let k = 0; k < events; k++) void (source.input ? source.input(k) : source.at(k));
      const mu = process.cpuUsage(m0);
      making[i].push(((mu.user + mu.system) * 1000) / events);
    });
  }
  CASES.forEach((c, i) => {
    const program = programs[i];
    let kernelCol = "n/a";
    if (kernel) {
      const reply = kernel({
        prog_type: "xdp",
        insns_hex: bytesToHex(encodeInsns(program.insns)),
        maps: program.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries })),
        packet_hex: bytesToHex(packet),
        repeat: 1_000_000,
      });
      kernelCol = reply.available && "result" in reply && reply.result ? `${Math.max(reply.result.duration_ns, 1)} ns` : "error";
    }
    const m = median(streams[i]);
    const perSecond = `${Math.round(1e9 / m).toLocaleString("en-US")} (${Math.round(1e9 / Math.min(...streams[i])).toLocaleString("en-US")})`;
    console.log(
      `${c.name.padEnd(40)} ${events.toLocaleString("en-US").padStart(9)} ${perSecond.padStart(22)} ${m.toFixed(0).padStart(9)} ${`${median(making[i]).toFixed(0)} ns`.padStart(14)} ${kernelCol.padStart(11)}   ${summaries[i]}`,
    );
  });
  console.log(`events/s: a whole stream (generate from the seeded template, run on one map set, tally), CPU time, median (best) of ${ROUNDS} streams, the programs in turn; making: the events alone, median.`);
  console.log("kernel/run: BPF_PROG_TEST_RUN's mean per run with repeat=1,000,000 on one packet (no events made).");
  // the machine may be shared: the figures above mean little without how busy it was
  console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}
