// bpfplay's reading of clang-19's objects against the kernel through libbpf. Every program of
// test/elf/progs is built with and without -g; each object is loaded by `bpftool prog loadall`
// (libbpf: maps, CO-RE against the kernel's BTF, every program in order) and read and verified
// by bpfplay. The verdicts must be the same: libbpf refuses the object / the kernel rejects
// program P (the first that fails) / all load. Each runnable program is then run once on a
// packet on both sides (a fresh load each): r0, the packet out and the maps must match.
//
// Objects with legacy `maps` definitions: libbpf 1.x refuses to open them (it says so); the
// reference for bpfplay's reading is then the kernel through raw bpf(), as iproute2 loads them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKETS } from "../cc/packets.ts";
import { kernelAvailable } from "../kernel/reference.ts";
import { skipOrFail } from "../support/skip.ts";
import { buildCorpus, clangAvailable, objectNames } from "./build.ts";
import type { Built } from "./build.ts";
import { KNOWN } from "./known.ts";
import { bpftoolAvailable, dumpMap, loadAll, pinnedMaps, testRun, unpin } from "./libbpf.ts";
import type { LibbpfCore, LoadAll } from "./libbpf.ts";
import { bpfplayRun, bpfplayVerdict, errorLine, rawKernelVerdict, runnable } from "./sides.ts";
import type { Verdict } from "./sides.ts";
import type { Program } from "../../src/core/program.ts";

const clang = clangAvailable();
const tool = clang.ok ? bpftoolAvailable() : clang;
const kernel = tool.ok ? kernelAvailable() : tool;
const ready = clang.ok && tool.ok && kernel.ok;
if (!ready) skipOrFail(`objects vs kernel: ${!clang.ok ? clang.reason : !tool.ok ? tool.reason : !kernel.ok ? kernel.reason : ""}`);

const PACKET = PACKETS["ipv4-udp"];
const LEGACY = /legacy map definitions in 'maps' section are not supported/;

const names = objectNames();

const show = (v: Verdict) => (v.kind === "loaded" ? "all programs load" : v.kind === "rejected" ? `program '${v.prog}' is rejected` : `the object is refused (${v.message})`);
const kernelVerdict = (l: LoadAll): Verdict => (l.kind === "loaded" ? { kind: "loaded" } : l.kind === "rejected" ? { kind: "rejected", prog: l.prog, message: errorLine(l.log) } : l);
/** The same outcome; for a rejection, the same program and bpfplay's message among the kernel's error lines. */
const same = (mine: Verdict, theirs: Verdict) =>
  mine.kind === theirs.kind && (mine.kind !== "rejected" || (theirs.kind === "rejected" && mine.prog === theirs.prog && theirs.message.split("\n").includes(mine.message)));

/** libbpf's pin name of a map: global data maps are `<8 chars of the object name>_data`. */
function pinOf(pins: readonly string[], object: string, map: string): string | undefined {
  if (pins.includes(map)) return map;
  const want = `${object.replace(/\.nog$/, "").slice(0, 8)}${map.replace(/\./g, "_")}`;
  return pins.find((p) => p === want);
}

describe.runIf(ready)("clang-19's objects: bpfplay's reading and verdict against the kernel through libbpf", () => {
  let built: ReturnType<typeof buildCorpus>;
  const byName = new Map<string, Built>();
  const tally = { objects: 0, agree: 0, loaded: 0, rejected: 0, refused: 0, legacy: 0, runs: 0, runsAgree: 0, notRun: 0, core: 0, coreUnmatched: 0 };
  // (legacy counts every legacy-map object met, known or not)
  beforeAll(() => {
    built = buildCorpus();
    for (const o of built.objects) byName.set(o.name, o);
  }, 240_000);
  afterAll(() => {
    built?.cleanup();
    console.log(
      `objects vs kernel (libbpf): ${tally.agree} of ${names.length} objects agree (${Object.keys(KNOWN).length} known differences): ${tally.loaded} load, ${tally.rejected} with a rejected program, ${tally.refused} refused as objects; ${tally.legacy} legacy-map objects against raw bpf(); ` +
        `in the agreeing objects ${tally.runsAgree} of ${tally.runs} BPF_PROG_TEST_RUN runs match (${tally.notRun} runnable programs the kernel would not run); ` +
        `${tally.core} CO-RE relocations give libbpf's value (${tally.coreUnmatched} not found in libbpf's log)`,
    );
  });

  for (const name of names) {
    const known = KNOWN[name];
    it(known ? `${name} (known difference: ${known})` : name, { timeout: 120_000 }, () => {
      const o = byName.get(name)!;
      const mine = bpfplayVerdict(o.bytes);
      const l = loadAll(o.path, name);
      const problems: string[] = [];
      const runs = { runs: 0, runsAgree: 0, notRun: 0, core: 0, coreUnmatched: 0 };
      try {
        let theirs = kernelVerdict(l);
        if (l.kind === "object" && LEGACY.test(l.message) && mine.object) {
          // libbpf 1.x will not open it; the kernel still takes what bpfplay read from it
          tally.legacy++;
          const raw = rawKernelVerdict(mine.object);
          if (typeof raw === "string") throw new Error(`${name}: no reference: ${raw}`);
          theirs = raw;
        }
        if (!same(mine.verdict, theirs)) problems.push(`verdict: bpfplay: ${show(mine.verdict)}${mine.verdict.kind === "rejected" ? ` (${mine.verdict.message})` : ""}; kernel: ${show(theirs)}${theirs.kind === "rejected" ? ` (${theirs.message})` : ""}`);
        if (l.kind !== "object" && mine.object) problems.push(...compareCore(l.core ?? [], mine.object.programs, runs));
        if (l.kind === "loaded" && mine.verdict.kind === "loaded" && mine.object) {
          problems.push(...compareRuns(name, mine.object.programs, runs));
        }
      } finally {
        unpin(l);
      }
      if (known) {
        expect(problems.length, `${name} now agrees with the kernel: remove it from test/elf/known.ts`).toBeGreaterThan(0);
        return;
      }
      expect(problems, `${name}:\n${problems.join("\n")}`).toEqual([]);
      tally.objects++;
      tally.agree++;
      tally.runs += runs.runs;
      tally.runsAgree += runs.runsAgree;
      tally.notRun += runs.notRun;
      tally.core += runs.core;
      tally.coreUnmatched += runs.coreUnmatched;
      if (mine.verdict.kind === "loaded") tally.loaded++;
      else if (mine.verdict.kind === "rejected") tally.rejected++;
      else tally.refused++;
    });
  }

  /**
   * Each CO-RE relocation bpfplay resolved against its vmlinux.h, against libbpf's resolution of
   * the same one against the running kernel's BTF (its debug log: `patched insn #K ... -> V`, or
   * the poison). libbpf numbers instructions within the function they are in.
   */
  function compareCore(libbpf: readonly LibbpfCore[], progs: readonly Program[], t: { core: number; coreUnmatched: number }): string[] {
    const problems: string[] = [];
    for (const p of progs) {
      for (const c of p.core ?? []) {
        const f = p.functions?.find((x) => c.pc >= x.start && c.pc < x.end);
        const theirs = f && libbpf.find((x) => x.prog === f.name && x.insn === c.pc - f.start && x.spec.replace(/\[\d+\]/, "") === c.spec.replace(/\[\d+\]/, ""));
        if (!theirs) {
          t.coreUnmatched++;
          continue;
        }
        const mine = c.error ? "poisoned" : c.value;
        const want = theirs.value === undefined ? "poisoned" : theirs.value;
        if (mine !== want) problems.push(`${p.name}: CO-RE ${c.spec}: bpfplay ${mine}, libbpf ${want}`);
        else t.core++;
      }
    }
    return problems;
  }

  /** Each runnable program on a fresh load of the object, on both sides. */
  function compareRuns(name: string, progs: readonly Program[], t: { runs: number; runsAgree: number; notRun: number }): string[] {
    const problems: string[] = [];
    for (const p of progs) {
      if (!runnable(p)) continue;
      const l = loadAll(byName.get(name)!.path, `${name}_${p.name}`);
      try {
        if (l.kind !== "loaded") {
          problems.push(`${p.name}: a second load failed: ${l.kind}`);
          continue;
        }
        const k = testRun(l, p.name ?? "", PACKET);
        if (!k.ran) {
          t.notRun++;
          continue;
        }
        t.runs++;
        const b = bpfplayRun(p, PACKET);
        if (typeof b === "string") {
          problems.push(`${p.name}: bpfplay cannot run it: ${b}`);
          continue;
        }
        const before = problems.length;
        if (b.fault) problems.push(`${p.name}: bpfplay faults: ${b.fault}`);
        if (b.r0 !== k.r0) problems.push(`${p.name}: r0: bpfplay ${b.r0}, kernel ${k.r0}`);
        if (b.packetOut !== k.packetOut) problems.push(`${p.name}: packet out differs:\n  bpfplay ${b.packetOut}\n  kernel  ${k.packetOut}`);
        const pins = pinnedMaps(l);
        for (const [map, entries] of Object.entries(b.maps)) {
          // slots of prog arrays and maps of maps hold ids, which differ by nature
          if (/prog_array|of_maps/.test(p.maps.find((m) => m.name === map)?.type ?? "")) continue;
          const pin = pinOf(pins, name, map);
          const kmap = pin ? dumpMap(l, pin) : undefined;
          if (!kmap) continue; // .rodata: bpftool may not read a frozen, program-read-only map
          if (JSON.stringify(kmap) !== JSON.stringify(entries)) problems.push(`${p.name}: map ${map}:\n  bpfplay ${JSON.stringify(entries)}\n  kernel  ${JSON.stringify(kmap)}`);
        }
        if (problems.length === before) t.runsAgree++;
      } finally {
        unpin(l);
      }
    }
    return problems;
  }
});
