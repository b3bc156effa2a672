// How bpfplay's C compiler does on real eBPF programs, next to clang-19 and the kernel.
//
//   npx tsx test/realworld/measure.ts [--json OUT.json] [--filter REGEX] [--no-kernel] DIR...
//   npx tsx test/realworld/measure.ts --report OUT.json [--report MORE.json]   (print a saved run again)
//
// Each DIR holds NAME.prog.json manifests (README.md, layout.sh). Per program: clang compiles it and
// the kernel loads clang's object; bpfplay compiles it (in a child process, killed after a minute),
// its verifier checks each SEC() program, and the kernel loads bpfplay's bytecode (load only). Only
// programs clang and the kernel accept count for acceptance. Prints a table, totals per source,
// bpfplay's compile errors grouped by message, and the code size ratio.
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kernelAvailable } from "../kernel/reference.ts";
import { kernelLoads } from "./kernel_load.ts";
import type { BpfplaySide } from "./bpfplay_side.ts";
import { bpffsReady, clangSide } from "./clang_side.ts";
import type { ClangSide } from "./clang_side.ts";
import { readManifests } from "./manifest.ts";
import type { Manifest } from "./manifest.ts";
import { printReport } from "./report.ts";
import type { Row } from "./report.ts";

const TIMEOUT_MS = Number(process.env.RW_TIMEOUT_MS ?? 60_000);

/** The compiler in a child process, restarted after a crash or a hang. */
class Side {
  private child?: ChildProcess;
  private start(): ChildProcess {
    const c = fork(new URL("./bpfplay_side.ts", import.meta.url).pathname, [], { execArgv: ["--import", "tsx", "--stack-size=4000"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    this.child = c;
    return c;
  }
  run(m: Manifest): Promise<BpfplaySide> {
    const c = this.child && this.child.connected ? this.child : this.start();
    return new Promise((resolve) => {
      let done = false;
      const finish = (r: BpfplaySide, kill: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        c.off("message", onMsg);
        c.off("exit", onExit);
        if (kill) {
          c.kill("SIGKILL");
          this.child = undefined;
        }
        resolve(r);
      };
      const fail = (why: string): BpfplaySide => ({ compiled: false, errors: [], messages: [], crash: why, programs: [], maps: [], ms: TIMEOUT_MS });
      const onMsg = (r: unknown) => finish(r as BpfplaySide, false);
      const onExit = (code: number | null, sig: string | null) => finish(fail(`compiler process exited (${code ?? sig})`), true);
      const timer = setTimeout(() => finish(fail(`no answer in ${TIMEOUT_MS / 1000} s (hang)`), true), TIMEOUT_MS);
      c.on("message", onMsg);
      c.on("exit", onExit);
      c.send(m);
    });
  }
  stop() {
    this.child?.kill("SIGKILL");
  }
}

/** bpfplay's instructions over clang's for each program both have (clang: its symbol plus all of `.text`). */
function ratios(c: ClangSide, b: BpfplaySide): number[] {
  const out: number[] = [];
  for (const p of b.programs) {
    const n = c.insnsBySymbol[p.name];
    if (n === undefined || n === 0) continue;
    out.push(p.insns / (n + c.textInsns));
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  let jsonOut: string | undefined;
  let filter: RegExp | undefined;
  let useKernel = true;
  const dirs: string[] = [];
  const saved: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--json") jsonOut = args[++i];
    else if (args[i] === "--report") saved.push(args[++i]);
    else if (args[i] === "--filter") filter = new RegExp(args[++i]);
    else if (args[i] === "--no-kernel") useKernel = false;
    else dirs.push(args[i]);
  }
  if (saved.length) {
    // print again from earlier --json files (several runs together), without measuring
    printReport(saved.flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as Row[]));
    return;
  }
  if (dirs.length === 0) {
    console.error("usage: npx tsx test/realworld/measure.ts [--json OUT] [--filter REGEX] [--no-kernel] DIR... | --report OUT.json...");
    process.exit(2);
  }
  if (useKernel) {
    const k = kernelAvailable();
    const fs = bpffsReady();
    if (!k.ok || !fs.ok) {
      console.log(`SKIP kernel columns: ${!k.ok ? k.reason : ""} ${!fs.ok ? fs.reason : ""}`);
      useKernel = false;
    }
  }
  const all: Manifest[] = [];
  for (const d of dirs) {
    const { manifests, errors } = readManifests(d);
    for (const e of errors) console.log(`bad manifest: ${e}`);
    all.push(...manifests.filter((m) => !filter || filter.test(`${m.source}/${m.name}`)));
  }
  const outDir = join(tmpdir(), `bpfplay-realworld-${process.pid}`);
  const side = new Side();
  const rows: Row[] = [];
  for (const m of all) {
    const c = clangSide(m, outDir, useKernel);
    const b = await side.run(m);
    const kb = useKernel && b.compiled && m.expect === "supported" ? kernelLoads(b) : undefined;
    const row: Row = { m, clang: c, bpfplay: b, kernelBpfplay: kb, ratios: c.compiled && b.compiled ? ratios(c, b) : [] };
    rows.push(row);
    process.stderr.write(`${m.source}/${m.name}: clang ${c.compiled ? "ok" : "ERR"}${c.kernel ? (c.kernel.accepted ? "+k" : "-k") : ""} bpfplay ${b.compiled ? "ok" : b.crash ? "CRASH" : "ERR"} (${b.ms} ms)\n`);
  }
  side.stop();
  printReport(rows);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows.map((r) => ({ ...r, bpfplay: { ...r.bpfplay, programs: r.bpfplay.programs.map(({ insnsHex: _, ...p }) => p) } })), null, 1));
}

await main();
