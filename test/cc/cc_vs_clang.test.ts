// Differential test of bpfplay's C compiler against clang-19: every program in programs/ is
// compiled by both (clang's object read by bpfplay's ELF reader), both run in bpfplay's VM on
// the inputs the program's header names, and r0, the packet, the ctx, every map and the trace
// must agree. Known disagreements are listed in known_failures.ts and must keep failing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clangAvailable, vmlinuxFrom } from "./clang.ts";
import { buildSuite, vmCompare } from "./evaluate.ts";
import type { Suite } from "./evaluate.ts";
import { programs } from "./header.ts";
import { KNOWN_FAILURES } from "./known_failures.ts";

const clang = clangAvailable();
if (!clang.ok) {
  if (process.env.CI === "true") throw new Error(`clang-19 is required under CI: ${clang.reason}`);
  console.warn(`SKIP: ${clang.reason}`);
}

const progs = programs();
let suite: Suite;

describe.runIf(clang.ok)("bpfplay's compiler agrees with clang-19 in bpfplay's VM", () => {
  let agree = 0;
  beforeAll(async () => {
    suite = await buildSuite();
  }, 120_000);
  afterAll(() => console.log(`cc vs clang (VM): ${agree} of ${progs.length} programs agree; vmlinux.h from ${vmlinuxFrom || "(none needed)"}`));

  it(`has at least 100 programs (${progs.length})`, () => {
    expect(progs.length).toBeGreaterThanOrEqual(100);
  });

  it("every program is a working reference: clang compiles it, the ELF reader reads it, it runs in the VM without a fault", () => {
    const bad = progs.flatMap((p) => {
      const v = vmCompare(suite, p);
      return v.reference ? [`${p.name}: ${v.reference}`] : [];
    });
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("every known failure names a program that exists", () => {
    const names = new Set(progs.map((p) => p.name));
    expect(Object.keys(KNOWN_FAILURES).filter((n) => !names.has(n))).toEqual([]);
  });

  for (const p of progs) {
    const known = KNOWN_FAILURES[p.name]?.vm;
    it(known ? `${p.name} (known failure: ${known})` : p.name, () => {
      const v = vmCompare(suite, p);
      if (v.reference) throw new Error(`${p.name}: no reference: ${v.reference}`);
      if (known) {
        expect(v.problems.length, `${p.name} now agrees with clang: remove it from KNOWN_FAILURES`).toBeGreaterThan(0);
        return;
      }
      expect(v.problems, `${p.name} differs from clang:\n${v.problems.join("\n")}`).toEqual([]);
      agree++;
    });
  }
});
