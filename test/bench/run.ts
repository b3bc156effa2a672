// npm run bench: the interpreter's speed on three programs, the verifier's and the C compiler's,
// each next to the reference's in the same run (the kernel's BPF_PROG_TEST_RUN and BPF_PROG_LOAD
// where bpf() works, clang-19). Figures and ratios only: nothing here passes or fails.
// `npm run bench -- vm|verifier|compiler|cfg` runs one part (cfg: the CFG layout, cfg_layout.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { kernelAvailable, kernelRun, kernelRunBatch } from "../kernel/reference.ts";

const here = dirname(fileURLToPath(import.meta.url));

// The first screen's load time is a browser measure with a part of its own (first_screen.ts).
if (process.argv[2] === "first-screen") {
  await import("./first_screen.ts");
  process.exit(0);
}

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

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const only = process.argv[2];
if (only !== undefined && !["vm", "runs", "events", "verifier", "compiler", "cfg"].includes(only)) throw new Error(`npm run bench -- [vm|runs|events|verifier|compiler|cfg], not ${only}`);
const k = kernelAvailable();
if (!k.ok) console.log(`kernel: SKIP, bpf() unavailable: ${k.reason}`);
if (only === undefined || only === "vm") {
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
}

// ---- per-run cost (per_run.ts) ----------------------------------------------------------
if (only === undefined || only === "runs") {
  const { perRunBench, RUN_CASES } = await import("./per_run.ts");
  console.log("");
  perRunBench(core, PACKET, RUN_CASES.map((c) => readFileSync(join(here, "programs", c.file), "utf8")), k.ok ? kernelRun : undefined);
}

// ---- events per second over a stream (events.ts) -------------------------------------
if (only === undefined || only === "events") {
  const { eventsBench } = await import("./events.ts");
  console.log("");
  eventsBench(core, ["tcp_parser.s", "hash_counter.s"].map((f) => readFileSync(join(here, "programs", f), "utf8")), PACKET, k.ok ? kernelRun : undefined);
}

// ---- the verifier ---------------------------------------------------------------------
// Each time twice: wall time (what a user waits on a quiet machine) and CPU time (the work
// done, which a loaded machine disturbs less): process.cpuUsage() for bpfplay, the loading
// thread's CPU time for the kernel. Ratios are bpfplay's over the kernel's, below 1 is faster.
if (only === undefined || only === "verifier") {
  const straight = ["r0 = 0", ...Array.from({ length: 4094 }, (_, k) => (k % 3 === 0 ? `r0 += ${k}` : k % 3 === 1 ? "r1 = r0" : "r0 ^= r1")), "exit"].join("\n");
  const VCASES = [
    { name: "(a) 4,096-instruction straight-line program", text: straight },
    { name: "(b) bounded loop (verifier_loop.s)", file: "verifier_loop.s" },
    { name: "(c) the tight ALU loop above (alu_loop.s)", file: "alu_loop.s" },
  ].map((v) => ({ ...v, text: v.text ?? readFileSync(join(here, "programs", v.file!), "utf8") }));
  interface Times {
    wall: number;
    cpu: number;
  }
  const medians = (ts: Times[]): Times => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
  const ms = (ns: number) => `${(ns / 1e6).toFixed(1)} ms`;
  const pair = (t: Times | string) => (typeof t === "string" ? t : `${ms(t.wall)} / ${ms(t.cpu)}`).padStart(20);
  const ratio = (ours: Times, kernel: Times | string) => (typeof kernel === "string" ? "" : `${(ours.wall / kernel.wall).toFixed(2)}x / ${(ours.cpu / kernel.cpu).toFixed(2)}x`);
  /** A full collection (V8's gc(), exposed for this process only). */
  const fullGc = (() => {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  })();
  /** The kernel's BPF_PROG_LOAD, medians of `n` loads in one process, or why not. */
  const kernelLoad = (p: import("../../src/core/program.ts").Program, n: number, logLevel: number): Times | string => {
    if (!k.ok) return "n/a";
    const req = { prog_type: "xdp", insns_hex: bytesToHex(encodeInsns(p.insns)), load_only: true, log_level: logLevel };
    const kt = kernelRunBatch(Array.from({ length: n }, () => req)).flatMap((r) => (r.available && "load_ns" in r && r.load_ns ? [{ wall: r.load_ns, cpu: r.load_cpu_ns ?? r.load_ns }] : []));
    return kt.length ? medians(kt) : "error";
  };

  console.log("");
  console.log(`${"verifier: verify() of the bundled core".padEnd(48)} ${"processed".padStart(9)} ${"bpfplay wall / CPU".padStart(20)} ${"kernel wall / CPU".padStart(20)}  bpfplay/kernel`);
  for (const v of VCASES) {
    const p = assemble(v.text).program;
    const big = p.insns.length < 100; // a loop: each run takes long
    for (let w = 0; w < (big ? 2 : 30); w++) verify(p, { progType: "xdp", logLevel: 0, keepStates: 0 }); // warm up
    // each case from an empty heap, as a `bpfplay verify` process starts: the previous case's
    // stored states (tens of MB for a loop) are not collected during this one's runs
    fullGc();
    const times: Times[] = [];
    let processed = 0;
    let accepted = false;
    for (let j = 0; j < (big ? 9 : 31); j++) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const r = verify(p, { progType: "xdp", logLevel: 0, keepStates: 0 });
      const c = process.cpuUsage(c0);
      times.push({ wall: Number(process.hrtime.bigint() - t0), cpu: (c.user + c.system) * 1000 });
      processed = r.insnsProcessed;
      accepted = r.accepted;
    }
    const ours = medians(times);
    const kernel = kernelLoad(p, big ? 9 : 15, 0);
    console.log(`${v.name.padEnd(48)} ${String(processed).padStart(9)} ${pair(ours)} ${pair(kernel)}  ${ratio(ours, kernel)}${accepted ? "" : "  (rejected!)"}`);
  }
  console.log("Medians: the kernel's BPF_PROG_LOAD with no log (verifier and JIT); bpfplay's verify() with no log and no per-instruction states, after warm-up runs.");

  // The command as users run it: a whole process (the bundled CLI, log level 1 as it prints),
  // less the same command on a 2-instruction program (Node's and the CLI's start-up). The
  // process reports its own CPU time (BPFPLAY_DEBUG).
  const bin = join(here, "..", "..", "bin", "bpfplay.js");
  const scratch = join(tmpdir(), `bpfplay-bench-verify-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, "trivial.s"), ".section xdp\nr0 = 0\nexit\n");
  const cli = (file: string, n: number): Times => {
    const t: Times[] = [];
    for (let j = 0; j < n; j++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [bin, "verify", file], { encoding: "utf8", env: { ...process.env, BPFPLAY_DEBUG: "1" } });
      const wall = Number(process.hrtime.bigint() - t0);
      if (r.status !== 0) throw new Error(`bpfplay verify ${file}: ${r.stderr}${r.stdout.slice(-500)}`);
      const cpu = /bpfplay: ([\d.]+) ms of CPU/.exec(r.stderr);
      t.push({ wall, cpu: cpu ? Number(cpu[1]) * 1e6 : wall });
    }
    return medians(t);
  };
  cli(join(scratch, "trivial.s"), 1); // builds the bundle if a source changed
  const startup = cli(join(scratch, "trivial.s"), 15);
  console.log("");
  console.log(`${"bpfplay verify FILE (a process, log level 1)".padEnd(48)} ${"".padStart(9)} ${"bpfplay wall / CPU".padStart(20)} ${"kernel wall / CPU".padStart(20)}  bpfplay/kernel (log 1; log 0)`);
  console.log(`${"2-instruction program: start-up".padEnd(48)} ${"".padStart(9)} ${pair(startup)}`);
  for (const v of VCASES.filter((c) => c.file)) {
    const whole = cli(join(here, "programs", v.file!), 9);
    const p = assemble(v.text).program;
    const k1 = kernelLoad(p, 9, 1);
    const k0 = kernelLoad(p, 9, 0);
    const ours = { wall: whole.wall - startup.wall, cpu: whole.cpu - startup.cpu };
    console.log(`${`${v.name.slice(0, 3)} ${v.file}, start-up subtracted`.padEnd(48)} ${"".padStart(9)} ${pair(ours)} ${pair(k1)}  ${ratio(ours, k1)}; ${ratio(ours, k0)}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log("Medians of whole processes; the kernel's BPF_PROG_LOAD at log level 1 (as the command's) and at 0 (its ratio after the ';').");
}

// ---- the C compiler ---------------------------------------------------------------------
// Compiling on every keystroke needs a 300-line program to compile in well under 10 ms. The
// reference in the same run is clang-19 -O2 on the same file (a whole process, so an upper bound).
if (only === undefined || only === "compiler") {
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

if (only === undefined || only === "cfg") {
  console.log("");
  await (await import("./cfg_layout.ts")).cfgLayoutBench();
}
