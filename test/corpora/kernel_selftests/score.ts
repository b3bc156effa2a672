// Scores bpfplay's verifier on the kernel's selftests from the command line, outside vitest:
//   npx tsx test/corpora/kernel_selftests/score.ts [NAME-SUBSTRING...] [!EXCLUDED-SUBSTRING...] [--json OUT.json]
// prints the summary, every disagreement grouped and the slowest programs; --json writes each
// outcome (name, verdict, message, kernel's line, ms) for diffing two runs.
import { writeFileSync } from "node:fs";
import { verify } from "../../../src/core/verifier/index.ts";
import { corpus } from "../paths.ts";
import { loadSelftest, readExpected, report, runSelftest, verdictOf } from "./corpus.ts";
import type { SelftestOutcome } from "./corpus.ts";

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const dir = corpus("kernel_selftests");
if (!dir) process.exit(2);
const expected = readExpected(dir);
const names = Object.keys(expected)
  .sort()
  .filter((n) => !args.some((a) => a.startsWith("!") && n.includes(a.slice(1))))
  .filter((n) => !args.some((a) => !a.startsWith("!")) || args.some((a) => !a.startsWith("!") && n.includes(a)));
const outcomes: SelftestOutcome[] = [];
for (const n of names) {
  if (process.env.VERBOSE) process.stderr.write(`${n}\n`);
  outcomes.push(runSelftest(verify, loadSelftest(dir, n, expected[n])));
}
console.log(report(outcomes, 10));
if (jsonOut) {
  const rows = outcomes.map((o) => ({ name: o.name, verdict: verdictOf(o), accepted: o.accepted, message: o.message, kernel: o.kernel.error_line, ms: Math.round(o.ms), cpuMs: Math.round(o.cpuMs) }));
  writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
}
