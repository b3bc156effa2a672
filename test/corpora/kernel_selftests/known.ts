// Keeps known_differences.json in step with the verifier:
//   npx tsx test/corpora/kernel_selftests/known.ts [--write]
// runs the corpus, prints the entries that now agree (to take off) and the new disagreements (to
// explain); --write rewrites the file: agreeing entries dropped, kept reasons kept, new ones given
// the reason its REASONS table finds for them or "TODO", which the test refuses until a person
// writes the reason.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { verify } from "../../../src/core/verifier/index.ts";
import { corpus } from "../paths.ts";
import { agrees, loadSelftest, readExpected, runSelftest, verdictOf } from "./corpus.ts";
import type { SelftestOutcome } from "./corpus.ts";

const FILE = join(dirname(fileURLToPath(import.meta.url)), "known_differences.json");
const HEADER =
  "Where bpfplay's verifier still differs from the 6.18 kernel's on its own selftests (verdict, or the key error line of a rejection), and why. The test fails if a listed program starts to agree (take it off the list) or if an unlisted one disagrees. bpfplay must never accept what the kernel rejects, listed or not. Maintained with test/corpora/kernel_selftests/known.ts.";

/** Reasons for whole families of differences: [test on the outcome, reason]. */
const REASONS: [(o: SelftestOutcome) => boolean, string][] = [];

const dir = corpus("kernel_selftests");
if (!dir) process.exit(2);
const expected = readExpected(dir);
const old = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, string>;
const next: Record<string, string> = { "//": HEADER };
const fixed: string[] = [];
const added: string[] = [];
for (const name of Object.keys(expected).sort()) {
  const o = runSelftest(verify, loadSelftest(dir, name, expected[name]));
  if (agrees(o)) {
    if (old[name]) fixed.push(name);
    continue;
  }
  const why = old[name] && !/\bTODO\b/.test(old[name]) ? old[name] : (REASONS.find(([t]) => t(o))?.[1] ?? `TODO ${verdictOf(o) === "agree" ? "error line" : verdictOf(o)}: kernel: ${o.kernel.error_line ?? "accepted"}; bpfplay: ${o.message ?? (o.threw ? "threw" : "accepted")}`);
  if (!old[name]) added.push(`${name}: ${why}`);
  next[name] = why;
}
console.log(`agree now (${fixed.length}):\n  ${fixed.join("\n  ")}\nnew differences (${added.length}):\n  ${added.join("\n  ")}`);
if (process.argv.includes("--write")) writeFileSync(FILE, JSON.stringify(next, null, 2) + "\n");
