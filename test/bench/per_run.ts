// `npm run bench -- runs` (and part of `npm run bench`): what one run of a small program costs
// once it is set up, the way a stream of packets runs: bpfplay's Runner (src/core/vm/runner.ts,
// the bundled core) on one packet, each run refilling the frame and the context from it as a new
// input, next to a fresh setup per packet (execute, as every run was made before the runner) and
// to the kernel's BPF_PROG_TEST_RUN with repeat (its mean duration per run, JIT-compiled native
// code, the packet copied in once).
//
// The machine may be shared and its speed swings: on the 2-core virtual machine this was written
// on, a batch took either about x or about 2-2.5x from one batch to the next, as other work came
// and went (CPU time included; a plain loop slowed alike). So ours and the kernel's are measured
// in turn: ROUNDS rounds of one batch of ours (CPU time) then one kernel call. The figures are the
// median of the rounds (what a run costs on the machine as it was) and the best (what it costs
// when nothing else competes for the core); runner/kernel is the median of the rounds' own
// ratios. Packets per second is 1e9 / the median CPU ns. Figures only: nothing here passes or fails.
import type { Program } from "../../src/core/program.ts";
import { loadavg } from "node:os";
import type { KernelReply, KernelRequest } from "../kernel/reference.ts";

type Core = typeof import("./core.ts");

interface Case {
  readonly name: string;
  readonly file: string;
}

export const RUN_CASES: readonly Case[] = [
  { name: "(b) XDP parser, drops TCP port 80", file: "tcp_parser.s" },
  { name: "(c) XDP hash-map counter", file: "hash_counter.s" },
];

const ROUNDS = 15;
const BATCH = 200_000;
const KERNEL_REPEAT = 1_000_000;

/** CPU ns per call of `once` over `n` calls. */
function cpuPerCall(once: () => void, n: number): number {
  const c0 = process.cpuUsage();
  for (let k = 0; k < n; k++) once();
  const c = process.cpuUsage(c0);
  return ((c.user + c.system) * 1000) / n;
}

const median = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const best = (xs: readonly number[]) => Math.min(...xs);
const ns = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} us` : `${x.toFixed(0)} ns`);

export function perRunBench(core: Core, packet: Uint8Array, texts: readonly string[], kernel: ((req: KernelRequest) => KernelReply) | undefined): void {
  const { assemble, Runner, execute, bytesToHex, encodeInsns } = core;
  console.log(`${"per-run cost (bundled core)".padEnd(40)} ${"insns".padStart(5)} ${"runner (best)".padStart(16)} ${"fresh setup".padStart(12)} ${"kernel (best)".padStart(14)}  runner/kernel  packets/s`);
  RUN_CASES.forEach((c, i) => {
    const program: Program = assemble(texts[i]).program;
    const runner = Runner.create({ program, progType: "xdp" });
    if (typeof runner === "string") throw new Error(runner);
    const input = { packet };
    let insns = 0;
    const once = () => void (insns = runner.run(input).insns);
    const check = runner.run(input);
    if (check.status !== "exit") throw new Error(`${c.file}: ${check.status}`);
    cpuPerCall(once, 200_000); // warm up: the compiled function and the engine's optimising tier
    const request: KernelRequest = {
      prog_type: "xdp",
      insns_hex: bytesToHex(encodeInsns(program.insns)),
      maps: program.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries })),
      packet_hex: bytesToHex(packet),
      repeat: KERNEL_REPEAT,
    };
    const ours: number[] = [];
    const theirs: number[] = [];
    const ratios: number[] = [];
    let kernelError = false;
    for (let r = 0; r < ROUNDS; r++) {
      const o = cpuPerCall(once, BATCH);
      ours.push(o);
      if (!kernel || kernelError) continue;
      const reply = kernel(request);
      if (reply.available && "result" in reply && reply.result) {
        const k = Math.max(reply.result.duration_ns, 1);
        theirs.push(k);
        ratios.push(o / k);
      } else kernelError = true;
    }
    const fresh = median([0, 1, 2].map(() => cpuPerCall(() => void execute({ program, progType: "xdp", input }), 2_000)));
    const kernelCol = !kernel ? "n/a" : kernelError ? "error" : `${ns(median(theirs))} (${ns(best(theirs))})`;
    const ratio = ratios.length ? `${median(ratios).toFixed(1)}x` : "";
    const m = median(ours);
    console.log(
      `${c.name.padEnd(40)} ${String(insns).padStart(5)} ${`${ns(m)} (${ns(best(ours))})`.padStart(16)} ${ns(fresh).padStart(12)} ${kernelCol.padStart(14)}  ${ratio.padStart(13)}  ${Math.round(1e9 / m).toLocaleString("en-US").padStart(9)}`,
    );
  });
  console.log(`runner: Runner.run on one packet (copied into the frame, the context refilled, every run), CPU time, median (best) of ${ROUNDS} batches of ${BATCH.toLocaleString("en-US")};`);
  console.log(`kernel: BPF_PROG_TEST_RUN's mean duration per run with repeat=${KERNEL_REPEAT.toLocaleString("en-US")}, one call after each of our batches: median (best);`);
  console.log("runner/kernel: the median of the rounds' ratios; fresh setup: execute() per packet (machine, context and maps made each time), CPU, median of 3 batches.");
  // the machine may be shared: the figures above mean little without how busy it was
  console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}
