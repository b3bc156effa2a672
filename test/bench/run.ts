// npm run bench: the interpreter's speed on three programs, and the kernel's for the same
// programs in the same run (BPF_PROG_TEST_RUN, where bpf() works). Figures and ratios only:
// nothing here passes or fails.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { kernelAvailable, kernelRun } from "../kernel/reference.ts";

const here = dirname(fileURLToPath(import.meta.url));

// The core is bundled as the app ships it (esbuild, no DOM, no name-keeping wrappers): run
// through tsx, every function would pay for tsx's keepNames and measure 3-6x slower.
const bundle = join(tmpdir(), `bpfplay-bench-${process.pid}.mjs`);
await build({ entryPoints: [join(here, "core.ts")], bundle: true, platform: "neutral", format: "esm", outfile: bundle, logLevel: "warning" });
const core = (await import(pathToFileURL(bundle).href)) as typeof import("./core.ts");
rmSync(bundle);
const { assemble, bytesToHex, encodeInsns, progTypeByName, createMapSet, Run, createWorld, verify, compile, preprocess, parse, generate, preamble, clearPreamble } = core;
const PACKET = Uint8Array.from(
  ("00112233445566778899aabb0800" + "450000320001000040060000" + "0a0000010a000002" + "04d20050000000010000000050022000" + "00000000" + "00".repeat(10)).match(/../g)!,
  (h) => parseInt(h, 16),
);

interface Case {
  readonly name: string;
  readonly file: string;
  readonly repeat: number;
}
const CASES: Case[] = [
  { name: "(a) tight ALU loop", file: "alu_loop.s", repeat: 300 },
  { name: "(b) Ethernet/IPv4/TCP parser, 64-byte packet", file: "tcp_parser.s", repeat: 300_000 },
  { name: "(c) hash-map counter", file: "hash_counter.s", repeat: 200_000 },
];

/** Runs `repeat` times on one context; returns ns per run and instructions per run. */
function ours(text: string, repeat: number, jit: boolean): { ns: number; insns: number } {
  const program = assemble(text).program;
  const maps = createMapSet(program.maps, 2);
  if (typeof maps === "string") throw new Error(maps);
  const run = new Run({ program, progType: progTypeByName("xdp")!, input: { packet: PACKET }, maps, world: createWorld(1) });
  let insns = 0;
  const once = () => {
    run.restart();
    run.machine.jit = jit;
    run.machine.jitMinBudget = jit ? 1 : Infinity;
    const stop = run.run(10_000_000);
    if (stop.kind !== "exit") throw new Error(`${stop.kind}`);
    insns = run.machine.executed;
  };
  for (let k = 0; k < Math.min(repeat, 2000); k++) once(); // warm up
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < repeat; k++) once();
  const ns = Number(process.hrtime.bigint() - t0) / repeat;
  return { ns, insns };
}

const fmt = (insnsPerSec: number) => (insnsPerSec / 1e6).toFixed(1).padStart(8) + " M/s";

const k = kernelAvailable();
if (!k.ok) console.log(`kernel: SKIP, bpf() unavailable: ${k.reason}`);
console.log(`${"program".padEnd(48)} ${"insns/run".padStart(9)} ${"interpreter".padStart(12)} ${"compiled".padStart(12)} ${"kernel".padStart(12)}  kernel/compiled`);
for (const c of CASES) {
  const text = readFileSync(join(here, "programs", c.file), "utf8");
  const interp = ours(text, Math.max(1, Math.floor(c.repeat / 10)), false);
  const jit = ours(text, c.repeat, true);
  let kernelCol = "n/a".padStart(12);
  let ratio = "";
  if (k.ok) {
    const a = assemble(text).program;
    const reply = kernelRun({
      prog_type: "xdp",
      insns_hex: bytesToHex(encodeInsns(a.insns)),
      maps: a.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries })),
      packet_hex: bytesToHex(PACKET),
      repeat: c.repeat,
    });
    if (reply.available && "result" in reply && reply.result) {
      const ns = Math.max(reply.result.duration_ns, 1);
      const rate = (jit.insns / ns) * 1e9;
      kernelCol = fmt(rate);
      ratio = `${(rate / ((jit.insns / jit.ns) * 1e9)).toFixed(2)}x`;
    } else kernelCol = "error".padStart(12);
  }
  console.log(`${c.name.padEnd(48)} ${String(jit.insns).padStart(9)} ${fmt((interp.insns / interp.ns) * 1e9)} ${fmt((jit.insns / jit.ns) * 1e9)} ${kernelCol}  ${ratio}`);
}
console.log("interpreter: the stepping interpreter (what the debugger single-steps); compiled: runs via src/core/vm/jit.ts.");
console.log("kernel: BPF_PROG_TEST_RUN's mean duration over the same number of runs (JIT-compiled native code), as instructions per second.");

// ---- the verifier ---------------------------------------------------------------------
const straight = ["r0 = 0", ...Array.from({ length: 4094 }, (_, k) => (k % 3 === 0 ? `r0 += ${k}` : k % 3 === 1 ? "r1 = r0" : "r0 ^= r1")), "exit"].join("\n");
const loop = ["r0 = 0", "r1 = 0", "loop:", "r0 += r1", "r0 ^= 0x55", "r1 += 1", "if r1 < 125000 goto loop", "exit"].join("\n");
const VCASES = [
  { name: "(a) 4,096-instruction straight-line program", text: straight },
  { name: "(b) bounded loop, ~500,000 instructions processed", text: loop },
];
console.log("");
console.log(`${"verifier".padEnd(52)} ${"processed".padStart(9)} ${"bpfplay".padStart(10)} ${"kernel".padStart(10)}  bpfplay/kernel time`);
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
for (const v of VCASES) {
  const p = assemble(v.text).program;
  const big = v.text === loop;
  for (let w = 0; w < (big ? 2 : 30); w++) verify(p, { progType: "xdp", logLevel: 0, keepStates: 0 }); // warm up
  const runs = big ? 5 : 31;
  const times: number[] = [];
  let processed = 0;
  let accepted = false;
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = verify(p, { progType: "xdp", logLevel: 0, keepStates: 0 });
    times.push(Number(process.hrtime.bigint() - t0));
    processed = r.insnsProcessed;
    accepted = r.accepted;
  }
  const ours = median(times);
  let kernelCol = "n/a".padStart(10);
  let ratio = "";
  if (k.ok) {
    const kt: number[] = [];
    for (let j = 0; j < (big ? 5 : 15); j++) {
      const reply = kernelRun({ prog_type: "xdp", insns_hex: bytesToHex(encodeInsns(p.insns)), load_only: true, log_level: 0 });
      if (reply.available && "load_ns" in reply && reply.load_ns) kt.push(reply.load_ns);
    }
    if (kt.length) {
      kernelCol = `${(median(kt) / 1e6).toFixed(1)} ms`.padStart(10);
      ratio = `${(ours / median(kt)).toFixed(2)}x`;
    }
  }
  console.log(`${v.name.padEnd(52)} ${String(processed).padStart(9)} ${`${(ours / 1e6).toFixed(1)} ms`.padStart(10)} ${kernelCol}  ${ratio}${accepted ? "" : "  (rejected!)"}`);
}
console.log("Medians of both: the kernel's BPF_PROG_LOAD with no log (verifier and JIT), bpfplay's verify() with no log and no per-instruction states, after warm-up runs.");

// ---- the C compiler ---------------------------------------------------------------------
// Compiling on every keystroke needs a 300-line program to compile in well under 10 ms. The
// reference in the same run is clang-19 -O2 on the same file (a whole process, so an upper bound).
{
  const file = join(here, "programs", "firewall.c");
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").length - 1;
  const first = compile(text, { file: "firewall.c" });
  const errors = first.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`firewall.c does not compile: ${errors[0].message}`);
  for (let w = 0; w < 30; w++) compile(text, { file: "firewall.c" });
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 51; k++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    compile(text, { file: "firewall.c" });
    times.push(Number(process.hrtime.bigint() - t0));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) * 1000);
  }
  // The same compile in its two halves (compile()'s own steps), and from the top: what the first
  // keystroke, or one in the #include lines, costs when no preamble is saved.
  const front: number[] = [];
  const back: number[] = [];
  const top: number[] = [];
  for (let k = 0; k < 51; k++) {
    const t0 = process.hrtime.bigint();
    const pre = preamble(text, { file: "firewall.c" });
    const pp = preprocess(text, { file: "firewall.c", preamble: pre.pp });
    const parsed = parse(pp.tokens, { file: "firewall.c", pragmas: pp.pragmas, preamble: pre.pp?.resume && !pre.pp.resumed ? undefined : pre.parse });
    const t1 = process.hrtime.bigint();
    generate(parsed.unit, { cpu: 4, sources: pp.sources });
    pre.finish();
    const t2 = process.hrtime.bigint();
    front.push(Number(t1 - t0));
    back.push(Number(t2 - t1));
    clearPreamble();
    const t3 = process.hrtime.bigint();
    compile(text, { file: "firewall.c" });
    top.push(Number(process.hrtime.bigint() - t3));
  }
  const slots = first.programs[0].program.insns.length;
  let clangCol: string;
  let ratio = "";
  let sizeRatio = "";
  const clang = process.env.CLANG ?? "clang-19";
  // glibc's headers (reached through linux/icmp.h) want a 32-bit stub that a BPF build never needs.
  const stubs = join(tmpdir(), `bpfplay-bench-stubs-${process.pid}`);
  mkdirSync(join(stubs, "gnu"), { recursive: true });
  writeFileSync(join(stubs, "gnu", "stubs-32.h"), "");
  const out = join(stubs, "firewall.o");
  const args = ["-O2", "-g", "-target", "bpf", "-mcpu=v3", "-I/usr/include/x86_64-linux-gnu", "-idirafter", stubs, "-c", file, "-o", out];
  const ct: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(clang, args);
    if (r.status !== 0) break;
    ct.push(Number(process.hrtime.bigint() - t0));
  }
  if (ct.length === 5) {
    clangCol = `${(median(ct) / 1e6).toFixed(1)} ms`.padStart(10);
    ratio = `${(median(times) / median(ct)).toFixed(3)}x`;
    const dump = spawnSync(process.env.LLVM_OBJDUMP_19 ?? "llvm-objdump-19", ["-d", out], { encoding: "utf8" });
    const clangSlots = dump.status === 0 ? dump.stdout.split("\n").filter((l) => /^\s*\d+:\s/.test(l)).reduce((n, l) => n + (/\blddw\b|ll$/.test(l) ? 2 : 1), 0) : 0;
    if (clangSlots) sizeRatio = `  size ${slots}/${clangSlots} slots = ${(slots / clangSlots).toFixed(2)}x clang's`;
  } else clangCol = "no clang".padStart(10);
  rmSync(stubs, { recursive: true, force: true });
  console.log("");
  console.log(`${"C compiler".padEnd(52)} ${"slots".padStart(9)} ${"bpfplay".padStart(10)} ${"clang-19".padStart(10)}  bpfplay/clang time`);
  console.log(`${`${lines}-line XDP firewall (firewall.c), parse to bytecode`.padEnd(52)} ${String(slots).padStart(9)} ${`${(median(times) / 1e6).toFixed(2)} ms`.padStart(10)} ${clangCol}  ${ratio}${sizeRatio}`);
  const ms = (xs: number[]) => `${(median(xs) / 1e6).toFixed(2)} ms`;
  console.log(`${"  of which front end (preprocess, parse, check)".padEnd(52)} ${"".padStart(9)} ${ms(front).padStart(10)}`);
  console.log(`${"  of which code generation".padEnd(52)} ${"".padStart(9)} ${ms(back).padStart(10)}`);
  console.log(`${"  from the top (nothing saved: an #include edited)".padEnd(52)} ${"".padStart(9)} ${ms(top).padStart(10)}`);
  // On a shared machine the wall-clock median measures the other processes too; CPU time much less so.
  console.log(`${"  process CPU time per compile() (median)".padEnd(52)} ${"".padStart(9)} ${ms(cpu).padStart(10)}`);
  console.log("bpfplay: median of 51 compile() calls of the bundled core after warm-up: the #include lines at the top are preprocessed and parsed once while they stay the same (cc/preamble.ts), the rest every time; clang: median of 5 processes.");
}
