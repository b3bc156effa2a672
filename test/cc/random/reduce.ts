// Shrinks a C program on which bpfplay and clang-19 disagree in bpfplay's VM to a smaller one
// that still disagrees: deletes lines (halves, then quarters, ... then single lines) while clang
// still compiles it without error and both outputs still differ. A tool for writing found/*.c:
//   npx tsx test/cc/random/reduce.ts /tmp/bpfplay-cc-random/rand_28.c > /tmp/small.c
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { clangAll } from "../clang.ts";
import { vmCompare } from "../evaluate.ts";
import { parseHeader } from "../header.ts";
import { bpfplayAll } from "../side.ts";

const DIR = join(tmpdir(), "bpfplay-cc-reduce");
let tries = 0;

/** Whether `source` still shows the disagreement (and clang's side is a working reference). */
async function disagrees(source: string, want: RegExp): Promise<boolean> {
  mkdirSync(DIR, { recursive: true });
  const name = `try_${tries++}.c`;
  const file = join(DIR, name);
  writeFileSync(file, source);
  let header;
  try {
    header = parseHeader(source, file);
  } catch {
    return false;
  }
  const p = { file, name, source, header };
  const [c, b] = await Promise.all([clangAll([p]), bpfplayAll([p])]);
  const v = vmCompare({ progs: [p], clang: c, bpfplay: b }, p);
  return !v.reference && v.problems.length > 0 && want.test(v.problems.join("\n"));
}

async function main(): Promise<void> {
  const [path, pattern] = process.argv.slice(2);
  if (!path) throw new Error("usage: reduce.ts FILE.c [REGEXP the difference must match]");
  const want = new RegExp(pattern ?? ".");
  let lines = readFileSync(path, "utf8").split("\n");
  if (!(await disagrees(lines.join("\n"), want))) throw new Error(`${basename(path)} does not show a disagreement`);
  for (let chunk = Math.ceil(lines.length / 2); chunk >= 1; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
    for (let i = 0; i < lines.length; ) {
      // keep the header comments and the includes: the harness and clang need them
      if (lines.slice(i, i + chunk).some((l) => l.startsWith("//") || l.startsWith("#"))) {
        i += chunk;
        continue;
      }
      const candidate = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (await disagrees(candidate.join("\n"), want)) lines = candidate;
      else i += chunk;
    }
    console.error(`chunk ${chunk}: ${lines.length} lines, ${tries} tries`);
  }
  process.stdout.write(lines.join("\n"));
}

await main();
