// `npm run bench -- events` (and part of `npm run bench`): events per second of a stream, as the
// Events pane's Stream and `bpfplay run --events` run one: N events a template makes from a seed
// (src/core/events/stream: packets patched, not built, where the drawn fields allow), each run
// by the stream runner on one map set (src/core/stream over the VM's Runner), tallied. Two
// programs: the XDP parser and the hash-map counter. Beside them, in the same process run, the
// kernel's BPF_PROG_TEST_RUN mean duration per run (repeat=1,000,000, one packet), which is the
// kernel's per-run cost with no event generation at all. CPU time, best of the batches; figures
// only: nothing here passes or fails.
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

export function eventsBench(core: Core, texts: readonly string[], packet: Uint8Array, kernel: ((req: KernelRequest) => KernelReply) | undefined, events = 1_000_000): void {
  const { assemble, bytesToHex, encodeInsns, parseTemplate, isTemplateError, generatedSource, StreamRunner, StreamTally } = core;
  const t = parseTemplate(TEMPLATE);
  if (isTemplateError(t)) throw new Error(t.message);
  console.log(`${"events per second (bundled core)".padEnd(40)} ${"events".padStart(9)} ${"events/s CPU".padStart(13)} ${"ns/event".padStart(9)} ${"of it: making".padStart(14)} ${"kernel/run".padStart(11)}`);
  CASES.forEach((c, i) => {
    const program = assemble(texts[i]).program;
    const source = generatedSource(t, 1, events);
    if (!source.input) console.log(`  note: ${c.file}: the template's packets are built one by one (no patch plan)`);
    let best = Infinity;
    let made = Infinity;
    let summary = "";
    for (let b = 0; b < 2; b++) {
      const runner = StreamRunner.create({ program, progType: "xdp" });
      if (typeof runner === "string") throw new Error(runner);
      const tally = new StreamTally(events);
      const c0 = process.cpuUsage();
      for (let k = 0; k < events; k++) tally.add(runner.runAt(source, k));
      const cu = process.cpuUsage(c0);
      best = Math.min(best, ((cu.user + cu.system) * 1000) / events);
      summary = tally.summary(0).verdicts.map((v) => `${v.verdict} ${v.count}`).join(", ");
      // the making of the events alone (patching or building), without running them
      const m0 = process.cpuUsage();
      for (let k = 0; k < events; k++) void (source.input ? source.input(k) : source.at(k));
      const mu = process.cpuUsage(m0);
      made = Math.min(made, ((mu.user + mu.system) * 1000) / events);
    }
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
    console.log(
      `${c.name.padEnd(40)} ${events.toLocaleString("en-US").padStart(9)} ${Math.round(1e9 / best).toLocaleString("en-US").padStart(13)} ${best.toFixed(0).padStart(9)} ${`${made.toFixed(0)} ns`.padStart(14)} ${kernelCol.padStart(11)}   ${summary}`,
    );
  });
  console.log("events/s: generate (seeded template), run on one map set, tally; CPU time, best of 2 streams. making: the events alone.");
  console.log("kernel/run: BPF_PROG_TEST_RUN's mean per run with repeat=1,000,000 on one packet (no events made).");
  // the machine may be shared: the figures above mean little without how busy it was
  console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}
