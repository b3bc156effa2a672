// Differential test of bpfplay's C compiler against clang-19 in the Linux kernel: both outputs
// are loaded with bpf() (through test/kernel/bpf_ref.py); bpfplay's must be accepted whenever
// clang's is, and where BPF_PROG_TEST_RUN runs the type, r0, the packet, the ctx, every map and
// the trace must be the same. Tracing programs are only loaded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kernelAvailable } from "../kernel/reference.ts";
import { clangAvailable } from "./clang.ts";
import { buildSuite, kernelAll, kernelCompare } from "./evaluate.ts";
import type { KernelRuns, Suite } from "./evaluate.ts";
import { programs } from "./header.ts";
import { KNOWN_FAILURES } from "./known_failures.ts";

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
