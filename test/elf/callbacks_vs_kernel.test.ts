// bpf_loop's callbacks against the kernel. The kernel verifies a callback again in the state each
// of its runs leaves (its exit goes back to the call, which pushes it once more), until a state
// stored at the call covers the one coming back or the loop's count is reached. So a callback
// safe on its first run and not on its second is rejected, and a count of 0 leaves the callback
// unverified. Every program of test/elf/progs that calls bpf_loop, built with -g (a callback needs
// BTF func_info) by clang-19 for cpu v4 and for its default cpu, is loaded by `bpftool -d prog
// loadall`: bpfplay's verdict and the instructions it processed must be the kernel's, program by
// program, except where KNOWN says why not (and the test fails when one of those starts to agree).
// Their level-2 logs (bpftool -d asks for them) are compared too, line for line but for map
// addresses and names and the padding before `;`: LOGS_IDENTICAL is a floor that only goes up.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verify } from "../../src/core/verifier/index.ts";
import { vmlinuxText } from "../../src/core/cc/headers/vmlinux.ts";
import { PROGS, sources } from "./build.ts";
import { comparable } from "./kernel_log.ts";
import { builtAndLoaded, objectsReady } from "./against_kernel.ts";

const ready = objectsReady("callbacks vs kernel");

const LOOPS = sources().filter((f) => /\bbpf_loop\s*\(/.test(readFileSync(join(PROGS, f), "utf8")));
const BUILDS = LOOPS.flatMap((f) => [{ f, cpu: "v4" }, { f, cpu: undefined }]);

/** Of the cpu v4 builds' programs, how many level-2 logs are the kernel's, at least. */
const LOGS_IDENTICAL = 16;

const logTally = { programs: 0, identical: 0 };

/** Builds whose count differs from the kernel's, and why (by the built object's name). */
const KNOWN: Readonly<Record<string, string>> = {};

describe.runIf(ready)("bpf_loop callbacks: bpfplay's verdicts and instructions processed against the kernel's", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfplay-callbacks-"));
  writeFileSync(join(dir, "vmlinux.h"), vmlinuxText());
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`callbacks vs kernel: level-2 logs identical ${logTally.identical}/${logTally.programs} (cpu v4 builds)`);
  });

  it("has programs to compare (test/elf/progs calls bpf_loop in at least 8)", () => {
    expect(LOOPS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(BUILDS)("$f (cpu $cpu)", ({ f, cpu }) => {
    const { built, theirs, programs } = builtAndLoaded(f, dir, cpu);
    // libbpf loads the programs in order and stops at the first the kernel refuses
    const mine: object[] = [];
    const kernel: object[] = [];
    for (const p of programs) {
      const v = verify(p, { progType: p.progType!, logLevel: 0 });
      const name = p.name ?? "";
      const klog = theirs.logs?.[name];
      if (cpu === "v4" && klog !== undefined) {
        logTally.programs++;
        if (comparable(verify(p, { progType: p.progType!, logLevel: 2 }).log).join("\n") === comparable(klog).join("\n")) logTally.identical++;
        else if (process.env.SHOW_DIFFS) console.log(`level-2 log differs: ${built.name}`);
      }
      mine.push({ prog: name, accepted: v.accepted, processed: v.insnsProcessed });
      kernel.push({ prog: name, accepted: theirs.kind === "loaded" || theirs.prog !== name, processed: theirs.processed[name] });
      if (!v.accepted) break;
    }
    if (KNOWN[built.name]) expect(mine, `${built.name} now agrees with the kernel: remove it from KNOWN`).not.toEqual(kernel);
    else expect(mine).toEqual(kernel);
  });

  it(`keeps at least ${LOGS_IDENTICAL} level-2 logs identical to the kernel's`, () => {
    expect(logTally.identical).toBeGreaterThanOrEqual(LOGS_IDENTICAL);
  });
});
