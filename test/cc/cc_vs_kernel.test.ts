// Differential test of bpfplay's C compiler against clang-19 in the Linux kernel: both outputs
// are loaded with bpf() (through test/kernel/bpf_ref.py); bpfplay's must be accepted whenever
// clang's is, and where BPF_PROG_TEST_RUN runs the type, r0, the packet, the ctx, every map and
// the trace must be the same. Tracing programs are only loaded. And bpfplay's verifier gives
// bpfplay's output the verdict the kernel gave it (cgroup_sock_addr programs, which BPF_PROG_TEST_RUN
// cannot run, are checked here at least).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verify } from "../../src/core/verifier/index.ts";
import { kernelAvailable } from "../kernel/reference.ts";
import { clangAvailable } from "./clang.ts";
import { buildSuite, kernelAll, kernelCompare } from "./evaluate.ts";
import type { KernelRuns, Suite } from "./evaluate.ts";
import { programs } from "./header.ts";
import { KNOWN_FAILURES } from "./known_failures.ts";
import { entryOf } from "./vm.ts";

const clang = clangAvailable();
const kernel = clang.ok ? kernelAvailable() : clang;
if (!clang.ok || !kernel.ok) {
  const reason = !clang.ok ? clang.reason : !kernel.ok ? kernel.reason : "";
  if (process.env.CI === "true") throw new Error(`clang-19 and bpf() are required under CI: ${reason}`);
  console.warn(`SKIP: ${reason}`);
}

const progs = programs();
let suite: Suite;
let runs: KernelRuns;

describe.runIf(clang.ok && kernel.ok)("bpfplay's compiler agrees with clang-19 in the kernel", () => {
  let agree = 0;
  let ran = 0;
  beforeAll(async () => {
    suite = await buildSuite();
    runs = kernelAll(suite);
  }, 180_000);
  afterAll(() => console.log(`cc vs kernel: ${agree} of ${progs.length} programs agree (${ran} run with BPF_PROG_TEST_RUN, the rest load-only)`));

  for (const p of progs) {
    const known = KNOWN_FAILURES[p.name]?.kernel;
    it(known ? `${p.name} (known failure: ${known})` : p.name, { timeout: 60_000 }, () => {
      const v = kernelCompare(suite, runs, p);
      if (v.reference) throw new Error(`${p.name}: no reference: ${v.reference}`);
      if (known) {
        expect(v.problems.length, `${p.name} now agrees in the kernel: remove it from KNOWN_FAILURES`).toBeGreaterThan(0);
        return;
      }
      expect(v.problems, `${p.name}:\n${v.problems.join("\n")}`).toEqual([]);
      agree++;
      if (v.ran) ran++;
    });
  }
});

describe.runIf(clang.ok && kernel.ok)("bpfplay's verifier gives bpfplay's output the kernel's verdict", () => {
  let agree = 0;
  afterAll(() => console.log(`cc verifier vs kernel: ${agree} of ${progs.length} programs agree`));
  for (const p of progs) {
    const known = KNOWN_FAILURES[p.name]?.verifier;
    it(known ? `${p.name} (known failure: ${known})` : p.name, { timeout: 60_000 }, () => {
      const s = suite.bpfplay.get(p.name);
      const k = runs.bpfplay.get(p.name);
      if (!s?.ok || !k || k.kind === "error") throw new Error(`${p.name}: no verdict to compare: ${s?.ok ? (k?.kind === "error" ? k.error : "not loaded") : s?.error}`);
      const e = entryOf(s.built, p.header);
      if (typeof e === "string") throw new Error(e);
      const v = verify(e.program, { progType: e.program.progType ?? e.section });
      const theirs = k.kind !== "rejected";
      const problem = v.accepted === theirs ? undefined : `bpfplay ${v.accepted ? "accepts" : `rejects: ${v.diagnostics[0].message}`}, the kernel ${theirs ? "accepts" : "rejects"}`;
      if (known) {
        expect(problem, `${p.name} now agrees: remove its verifier entry from KNOWN_FAILURES`).toBeDefined();
        return;
      }
      expect(problem).toBeUndefined();
      agree++;
    });
  }
});
