// Asks the kernel on this machine to run every program in programs/ (BPF_PROG_TEST_RUN through
// bpf_ref.py) and writes kernel_results.json, the golden file vm_vs_kernel.test.ts compares
// bpfplay's VM with.
//
//   npx tsx test/kernel/record.ts            # every program (as root)
//   npx tsx test/kernel/record.ts FILE.s ... # only these; the other entries are kept
//
// A reviewer reads the diff: a changed result is a kernel change or a changed program.
import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fingerprint, GOLDEN, kernelProblem, pick, readGolden } from "./golden.ts";
import type { Golden } from "./golden.ts";
import { loadProgram, programFiles } from "./header.ts";
import { kernelAvailable, kernelRunBatch } from "./reference.ts";

const kernel = kernelAvailable();
if (!kernel.ok) {
  console.error(`cannot record: bpf() unavailable: ${kernel.reason}`);
  process.exit(2);
}

const only = process.argv.slice(2).map((f) => basename(resolve(f)));
const all = programFiles();
const names = new Set(all.map((f) => basename(f)));
const old = readGolden();
const golden: Golden = Object.fromEntries(Object.entries(old).filter(([k]) => names.has(k) && only.length > 0));
const programs = all.filter((f) => only.length === 0 || only.includes(basename(f))).map(loadProgram);

// one python process for all of them: one start-up instead of a hundred
const replies = kernelRunBatch(programs.map((p) => p.request));
let failed = 0;
programs.forEach((p, i) => {
  const reply = replies[i];
  const problem = kernelProblem(reply);
  if (problem || !("result" in reply) || !reply.result) {
    failed++;
    if (old[p.name]) golden[p.name] = old[p.name]; // keep what we had rather than lose it
    console.error(`${p.name}: ${problem}`);
    return;
  }
  const entry = { request: fingerprint(p.request), result: pick(reply.result) };
  const was = old[p.name];
  const changed = was && JSON.stringify(was) !== JSON.stringify(entry) ? "  (changed)" : "";
  golden[p.name] = entry;
  console.log(`${p.name}: r0 ${entry.result.r0}${changed}`);
});

const sorted: Golden = Object.fromEntries(Object.keys(golden).sort().map((k) => [k, golden[k]]));
writeFileSync(GOLDEN, `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`wrote ${Object.keys(sorted).length} entries to ${GOLDEN}${failed ? `; ${failed} failed` : ""}`);
process.exit(failed ? 1 : 0);
