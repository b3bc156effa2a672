// Packet parsing and map-value indexing as users write them in C, against the kernel: every
// pkt_*.c of test/elf/progs (Ethernet, VLAN, IPv4 with its variable header length, IPv6, TCP and
// UDP with bounds checks written the usual ways and wrong ways, arrays in map values indexed by
// masks and comparisons, stack buffers and keys handed to helpers, tc helpers that move the
// packet), built with -g by clang-19 for cpu v4 and for its default cpu, is loaded by `bpftool -d
// prog loadall`. Program by program, bpfplay's verdict, the instructions it processed and its
// level-2 log (compared as test/elf/kernel_log.ts reads both) must be the kernel's, except where
// KNOWN says why not (and the test fails when one of those starts to agree).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verify } from "../../src/core/verifier/index.ts";
import { vmlinuxText } from "../../src/core/cc/headers/vmlinux.ts";
import { sources } from "./build.ts";
import { comparable } from "./kernel_log.ts";
import { builtAndLoaded, objectsReady } from "./against_kernel.ts";

const ready = objectsReady("packets vs kernel");

const PARSERS = sources().filter((f) => f.startsWith("pkt_"));
const BUILDS = PARSERS.flatMap((f) => [{ f, cpu: "v4" }, { f, cpu: undefined }]);

/** Programs (`object/program`) whose verdict, count or log differs from the kernel's, and why. */
const SPIN_LOCK = "bpfplay has no bpf_spin_lock (helper_left_out.ts): it refuses the call, the kernel loads the program";
const KNOWN: Readonly<Record<string, string>> = {
  "pkt_spin_lock.v4/spin": SPIN_LOCK,
  "pkt_spin_lock/spin": SPIN_LOCK,
  "pkt_sf_ldabs_loop/sf_sum": "the stack liveness lines of the level-2 log: after a spill between two LD_ABS the kernel's written set is that slot alone, bpfplay's carries the later spills back across the LD_ABS (verdict and count agree)",
};

const tally = { programs: 0, identical: 0 };

describe.runIf(ready)("packet parsers: bpfplay's verdicts, instructions processed and level-2 logs against the kernel's", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfplay-packets-"));
  writeFileSync(join(dir, "vmlinux.h"), vmlinuxText());
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`packets vs kernel: ${tally.identical} of ${tally.programs} programs with the kernel's verdict, count and level-2 log (${PARSERS.length} sources, cpu v4 and default)`);
  });

  it("has programs to compare (test/elf/progs has at least 8 pkt_*.c)", () => {
    expect(PARSERS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(BUILDS)("$f (cpu $cpu)", ({ f, cpu }) => {
    const { built, theirs, programs } = builtAndLoaded(f, dir, cpu);
    const problems: string[] = [];
    const known: string[] = [];
    // libbpf loads the programs in order and stops at the first the kernel refuses
    for (const p of programs) {
      const name = p.name ?? "";
      const klog = theirs.logs?.[name];
      if (klog === undefined) break;
      const v = verify(p, { progType: p.progType!, logLevel: 2 });
      const accepted = theirs.kind === "loaded" || theirs.prog !== name;
      const mine = comparable(v.log);
      const ref = comparable(klog);
      let line = 0;
      while (line < mine.length && line < ref.length && mine[line] === ref[line]) line++;
      const diff: string[] = [];
      if (v.accepted !== accepted) diff.push(`verdict: bpfplay ${v.accepted ? "accepts" : "rejects"}, the kernel ${accepted ? "accepts" : "rejects"}`);
      if (v.insnsProcessed !== theirs.processed[name]) diff.push(`processed: bpfplay ${v.insnsProcessed}, kernel ${theirs.processed[name]}`);
      if (line < mine.length || line < ref.length) diff.push(`log line ${line + 1}:\n  kernel  ${ref[line] ?? "(end)"}\n  bpfplay ${mine[line] ?? "(end)"}`);
      const key = `${built.name}/${name}`;
      tally.programs++;
      if (KNOWN[key]) known.push(key);
      if (KNOWN[key] && diff.length === 0) problems.push(`${key} now agrees with the kernel: remove it from KNOWN`);
      else if (!KNOWN[key] && diff.length) problems.push(`${key}: ${diff.join("; ")}`);
      if (diff.length === 0) tally.identical++;
      if (!accepted) break;
    }
    expect(problems).toEqual([]);
  });
});
