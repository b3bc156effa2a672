// Random differential test of bpfplay's C compiler against clang-19: seeded random programs free
// of undefined behaviour (gen.ts) are compiled by both; both outputs run in bpfplay's VM (r0 and
// every map and writable global must agree) and, when bpf() works, in the kernel (bpfplay's must
// load whenever clang's does, with the same BPF_PROG_TEST_RUN r0 and maps). Complexity rises with
// the seed: plain arithmetic first, then control flow and globals, then everything.
// Programs that showed a bug are kept in found/diff_*.c (listed in known.ts), and the
// generator avoids the features they name until they agree.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kernelAvailable } from "../../kernel/reference.ts";
import { clangAll, clangAvailable } from "../clang.ts";
import { kernelAll, kernelCompare, vmCompare } from "../evaluate.ts";
import type { KernelRuns, Suite } from "../evaluate.ts";
import type { CProgram } from "../header.ts";
import { parseHeader } from "../header.ts";
import { bpfplayAll } from "../side.ts";
import type { Features } from "./expr.ts";
import { generate } from "./gen.ts";
import { FOUND_DIR, KNOWN_FOUND } from "./known.ts";

/** 150 programs: 30 at level 0, 40 at level 1, 80 at level 2. RANDOM_COUNT and RANDOM_SEED widen a search. */
const COUNT = Number(process.env.RANDOM_COUNT ?? 150);
const BASE = Number(process.env.RANDOM_SEED ?? 1);
const levelOf = (i: number) => (i < COUNT * 0.2 ? 0 : i < COUNT * 0.47 ? 1 : 2);

const clang = clangAvailable();
const kernel = clang.ok ? kernelAvailable() : clang;
if (!clang.ok) {
  if (process.env.CI === "true") throw new Error(`clang-19 is required under CI: ${clang.reason}`);
  console.warn(`SKIP: ${clang.reason}`);
} else if (!kernel.ok) {
  if (process.env.CI === "true") throw new Error(`bpf() is required under CI: ${kernel.reason}`);
  console.warn(`SKIP (kernel part): ${kernel.reason}`);
}

const AVOID = [...new Set(Object.values(KNOWN_FOUND).flatMap((k) => k.avoid ?? []))] as (keyof Features)[];
const DIR = join(tmpdir(), "bpfplay-cc-random");

function programsToRun(): { random: CProgram[]; found: CProgram[] } {
  mkdirSync(DIR, { recursive: true });
  const random = Array.from({ length: COUNT }, (_, i) => {
    const seed = BASE + i;
    const { source } = generate(seed, levelOf(i), AVOID);
    const name = `rand_${seed}.c`;
    const file = join(DIR, name);
    writeFileSync(file, source);
    return { file, name, source, header: parseHeader(source, file) };
  });
  const found = readdirSync(FOUND_DIR)
    .filter((f) => f.startsWith("diff_") && f.endsWith(".c"))
    .map((f) => {
      const file = join(FOUND_DIR, f);
      const source = readFileSync(file, "utf8");
      return { file, name: f, source, header: parseHeader(source, file) };
    });
  return { random, found };
}

describe.runIf(clang.ok)("random programs: bpfplay's compiler agrees with clang-19", () => {
  let suite: Suite;
  let random: CProgram[] = [];
  let found: CProgram[] = [];
  let runs: KernelRuns | undefined;
  const tally = { vm: 0, kernelAgree: 0, kernelRan: 0, clangLoads: 0, oursLoads: 0, clangRejected: [] as string[] };

  beforeAll(async () => {
    ({ random, found } = programsToRun());
    const progs = [...random, ...found];
    const [c, b] = await Promise.all([clangAll(progs), bpfplayAll(progs)]);
    suite = { progs, clang: c, bpfplay: b };
    if (kernel.ok) runs = kernelAll(suite);
  }, 300_000);

  afterAll(() => {
    const k = runs ? `agree in kernel ${tally.kernelAgree}/${random.length} (${tally.kernelRan} run), kernel accepts clang's ${tally.clangLoads}, bpfplay's ${tally.oursLoads}` : "kernel: skipped";
    if (tally.clangRejected.length) console.log(`the kernel rejects clang's ${tally.clangRejected.join(", ")}`);
    console.log(`random vs clang: ${random.length} programs (seeds ${BASE}..${BASE + COUNT - 1}${AVOID.length ? `, avoiding ${AVOID.join(" ")}` : ""}), agree in VM ${tally.vm}/${random.length}, ${k}`);
  });

  it("every random program is valid C that clang compiles and that runs in the VM without a fault", () => {
    const bad = random.flatMap((p) => {
      const v = vmCompare(suite, p);
      return v.reference ? [`${p.file}: ${v.reference.slice(0, 600)}`] : [];
    });
    expect(bad, bad.slice(0, 5).join("\n")).toEqual([]);
  });

  it("agree in bpfplay's VM (r0, maps, globals)", () => {
    const bad: string[] = [];
    for (const p of random) {
      const v = vmCompare(suite, p);
      if (v.reference) continue;
      if (v.problems.length) bad.push(`${p.file}:\n${v.problems.join("\n").slice(0, 800)}`);
      else tally.vm++;
    }
    expect(bad, `${bad.length} of ${random.length} disagree:\n${bad.slice(0, 4).join("\n")}`).toEqual([]);
  });

  it.runIf(kernel.ok)("agree in the kernel (bpfplay's loads whenever clang's does; same BPF_PROG_TEST_RUN results)", () => {
    const bad: string[] = [];
    for (const p of random) {
      const v = kernelCompare(suite, runs!, p);
      const c = runs!.clang.get(p.name);
      if (c?.kind === "loaded") tally.clangLoads++;
      else if (c?.kind === "rejected") tally.clangRejected.push(`${p.name} (errno ${c.errno}: ${c.log.trim().split("\n").pop()})`);
      if (runs!.bpfplay.get(p.name)?.kind === "loaded") tally.oursLoads++;
      if (v.reference) continue;
      if (v.problems.length) bad.push(`${p.file}:\n${v.problems.join("\n").slice(0, 800)}`);
      else {
        tally.kernelAgree++;
        if (v.ran) tally.kernelRan++;
      }
    }
    expect(bad, `${bad.length} of ${random.length} disagree:\n${bad.slice(0, 4).join("\n")}`).toEqual([]);
  });

  it("the kept programs of the differential kind still disagree while listed, and agree once not", () => {
    for (const p of found) {
      const known = KNOWN_FOUND[p.name];
      const v = vmCompare(suite, p);
      if (v.reference) throw new Error(`${p.name}: no reference: ${v.reference}`);
      const k = runs ? kernelCompare(suite, runs, p) : undefined;
      const problems = [...v.problems, ...(k?.problems ?? [])];
      if (known) expect(problems.length, `${p.name} now agrees with clang: remove it from KNOWN_FOUND (${known.what})`).toBeGreaterThan(0);
      else expect(problems, p.name).toEqual([]);
    }
  });
});
