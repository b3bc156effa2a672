// Asks the kernel on this machine for its verdict on every program in programs/ and writes
// kernel_verdicts.json, the golden file verifier_vs_kernel.test.ts compares bpfplay with.
//
//   npx tsx test/verifier/record.ts            # every program (as root)
//   npx tsx test/verifier/record.ts FILE.s ... # only these; the other entries are kept
//
// A reviewer reads the diff: a changed message is a kernel change or a changed program.
import { existsSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { kernelAvailable } from "../kernel/reference.ts";
import { askKernel, caseFiles, GOLDEN, loadCase, readGolden } from "./cases.ts";
import type { Golden } from "./cases.ts";

const kernel = kernelAvailable();
if (!kernel.ok) {
  console.error(`cannot record: bpf() unavailable: ${kernel.reason}`);
  process.exit(2);
}

const only = process.argv.slice(2).map((f) => basename(resolve(f)));
const files = caseFiles().filter((f) => only.length === 0 || only.includes(basename(f)));
const old: Golden = existsSync(GOLDEN) ? readGolden() : {};
const names = new Set(caseFiles().map((f) => basename(f)));
const golden: Golden = only.length ? Object.fromEntries(Object.entries(old).filter(([k]) => names.has(k))) : {};

let failed = 0;
for (const f of files) {
  const c = loadCase(f);
  try {
    golden[c.name] = askKernel(c.request);
    const v = golden[c.name];
    const was = old[c.name];
    const changed = was && (was.accepted !== v.accepted || was.message !== v.message) ? "  (changed)" : "";
    console.log(`${c.name}: ${v.accepted ? "accepted" : `rejected: ${v.message}`}${changed}`);
  } catch (e) {
    failed++;
    if (old[c.name]) golden[c.name] = old[c.name]; // keep what we had rather than lose it
    console.error(`${c.name}: ${(e as Error).message}`);
  }
}

const sorted: Golden = Object.fromEntries(Object.keys(golden).sort().map((k) => [k, golden[k]]));
writeFileSync(GOLDEN, JSON.stringify(sorted, null, 2) + "\n");
const all = Object.values(sorted);
const rejected = all.filter((v) => !v.accepted);
console.log(
  `wrote ${GOLDEN}: ${all.length} programs, ${all.length - rejected.length} accepted, ${rejected.length} rejected with ${new Set(rejected.map((v) => v.message)).size} distinct messages`,
);
if (failed) {
  console.error(`${failed} programs could not be asked`);
  process.exit(1);
}
