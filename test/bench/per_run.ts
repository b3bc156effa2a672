// `npm run bench -- runs` (and part of `npm run bench`): what one run of a small program costs
// once it is set up, the way a stream of packets runs: bpfplay's Runner (src/core/vm/runner.ts,
// the bundled core) over 1,000,000 runs, next to a fresh setup per packet (execute, as every run
// was made before the runner) and to the kernel's BPF_PROG_TEST_RUN with repeat (its mean
// duration per run, JIT-compiled native code) measured in the same process run. Each figure is
// the best of a few batches, in CPU time and wall time (the machine may be shared); packets per
// second is 1e9 / the CPU ns. Figures only: nothing here passes or fails.
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

interface Cost {
  readonly cpu: number;
  readonly wall: number;
}

/** Best ns per call of `once` over `batches` batches of `n` calls (after a warm-up). */
function cost(once: () => void, n: number, batches: number): Cost {
  for (let k = 0; k < Math.min(n, 50_000); k++) once();
  let cpu = Infinity;
  let wall = Infinity;
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let k = 0; k < n; k++) once();
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / n);
    cpu = Math.min(cpu, ((c.user + c.system) * 1000) / n);
  }
  return { cpu, wall };
}

const ns = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} us` : `${x.toFixed(0)} ns`);

export function perRunBench(core: Core, packet: Uint8Array, texts: readonly string[], kernel: ((req: KernelRequest) => KernelReply) | undefined): void {
  const { assemble, Runner, execute, bytesToHex, encodeInsns } = core;
  console.log(
    `${"per-run cost (bundled core)".padEnd(40)} ${"insns".padStart(5)} ${"runner CPU / wall".padStart(18)} ${"fresh setup".padStart(12)} ${"kernel".padStart(8)}  runner/kernel  packets/s`,
  );
  RUN_CASES.forEach((c, i) => {
    const program: Program = assemble(texts[i]).program;
    const runner = Runner.create({ program, progType: "xdp" });
    if (typeof runner === "string") throw new Error(runner);
    const input = { packet };
    let insns = 0;
    const ours = cost(() => void (insns = runner.run(input).insns), 1_000_000, 5);
    if (runner.run(input).status !== "exit") throw new Error(`${c.file}: ${runner.run(input).status}`);
    const fresh = cost(() => void execute({ program, progType: "xdp", input }), 2_000, 3);
    let kernelCol = "n/a";
    let ratio = "";
    if (kernel) {
      const reply = kernel({
        prog_type: "xdp",
        insns_hex: bytesToHex(encodeInsns(program.insns)),
        maps: program.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries })),
        packet_hex: bytesToHex(packet),
        repeat: 1_000_000,
      });
      if (reply.available && "result" in reply && reply.result) {
        const k = Math.max(reply.result.duration_ns, 1);
        kernelCol = `${k} ns`;
        ratio = `${(ours.cpu / k).toFixed(1)}x`;
      } else kernelCol = "error";
    }
    console.log(
      `${c.name.padEnd(40)} ${String(insns).padStart(5)} ${`${ns(ours.cpu)} / ${ns(ours.wall)}`.padStart(18)} ${ns(fresh.cpu).padStart(12)} ${kernelCol.padStart(8)}  ${ratio.padStart(13)}  ${Math.round(1e9 / ours.cpu).toLocaleString("en-US").padStart(9)}`,
    );
  });
  console.log("runner: Runner.run on one packet, best of 5 batches of 1,000,000 (CPU, then wall); fresh setup: execute() per packet (machine, context and maps made each time), CPU;");
  console.log("kernel: BPF_PROG_TEST_RUN's mean duration per run with repeat=1,000,000.");
  // the machine may be shared: the figures above mean little without how busy it was
  console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}
