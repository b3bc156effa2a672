// Differential test against the Linux kernel: every program in programs/ ran in the kernel
// (BPF_PROG_TEST_RUN through bpf_ref.py, recorded by record.ts into kernel_results.json) and runs
// here in bpfplay's VM (`bpfplay run`, in-process); the two must agree on r0, the packet, every
// map and the bpf_trace_printk lines. Three blocks:
//  - kernel_results.json has a fresh entry for every program (always);
//  - the live kernel, where bpf() works, still gives exactly those results: the golden is honest
//    (under CI=true without bpf() this fails, as skipOrFail says);
//  - bpfplay's VM agrees with the golden results (always: no bpf() needed).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import type { Io } from "../../src/cli/io.ts";
import { skipOrFail } from "../support/skip.ts";
import { fingerprint, kernelProblem, pick, readGolden, RERECORD } from "./golden.ts";
import type { GoldenResult } from "./golden.ts";
import { loadProgram, programFiles, runArgs } from "./header.ts";
import type { LoadedProgram } from "./header.ts";
import { kernelAvailable, kernelRunBatch } from "./reference.ts";
import type { KernelMapEntry } from "./reference.ts";

const files = programFiles();
const golden = readGolden();
// kernelAvailable() throws under CI=true when bpf() is missing; that must fail the live block
// only, and not keep the golden comparison from running
let kernel: { ok: true } | { ok: false; reason: string };
try {
  kernel = kernelAvailable();
} catch (e) {
  kernel = { ok: false, reason: (e as Error).message.replace(/^FAIL under CI=true: /, "") };
}

const loaded = new Map<string, LoadedProgram>();
function program(file: string): LoadedProgram {
  let p = loaded.get(file);
  if (!p) loaded.set(file, (p = loadProgram(file)));
  return p;
}

/** `bpfplay run ... --json` in-process, reading the real files. */
function bpfplayRun(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (d) => void (stdout += typeof d === "string" ? d : new TextDecoder().decode(d)),
    stderr: (t) => void (stderr += t),
    readFile: (p) => new Uint8Array(readFileSync(p)),
    writeFile: () => {
      throw new Error("bpfplay run should not write files");
    },
    stdoutIsTTY: false,
  };
  const status = run(args, io);
  return { status, stdout, stderr };
}

interface VmResult {
  r0: number | string;
  /** The exact 64-bit r0, "0x" and 16 digits; preferred over r0, which JSON may round. */
  r0_hex?: string;
  packet_out_hex?: string;
  ctx_out_hex?: string;
  maps?: Record<string, KernelMapEntry[]>;
  trace_pipe?: string[];
}

const low32 = (v: number | string) => Number(BigInt.asUintN(32, BigInt(v)));

/** Both sides of a difference; long values only around the first byte that differs. */
function pair(what: string, kernelSide: string, ours: string | undefined): string {
  const b = ours ?? "(absent)";
  if (kernelSide.length + b.length <= 400) return `${what}:\n  kernel  ${kernelSide}\n  bpfplay ${b}`;
  let i = 0;
  while (i < kernelSide.length && kernelSide[i] === b[i]) i++;
  const cut = (s: string) => `(${s.length} chars) ...${s.slice(Math.max(0, i - 60), i + 60)}...`;
  return `${what}, first difference at character ${i}:\n  kernel  ${cut(kernelSide)}\n  bpfplay ${cut(b)}`;
}

/** Every difference between the kernel's result and ours, as readable lines. */
function differences(k: GoldenResult, ours: VmResult): string[] {
  const d: string[] = [];
  if (ours.r0_hex !== undefined) {
    if (low32(ours.r0_hex) !== k.r0) d.push(`r0: kernel ${k.r0} (0x${k.r0.toString(16)}), bpfplay ${ours.r0_hex} (low 32 bits 0x${low32(ours.r0_hex).toString(16)})`);
  } else if (typeof ours.r0 === "number" && !Number.isSafeInteger(ours.r0)) {
    d.push(`r0: bpfplay printed ${ours.r0}, a JSON number above 2^53 that has lost its low bits (the kernel's is ${k.r0}); print r0 exactly, e.g. as a string`);
  } else if (low32(ours.r0) !== k.r0) {
    d.push(`r0: kernel ${k.r0} (0x${k.r0.toString(16)}), bpfplay ${ours.r0} (low 32 bits 0x${low32(ours.r0).toString(16)})`);
  }
  if ((ours.packet_out_hex ?? "") !== k.packet_out_hex) d.push(pair("packet out", k.packet_out_hex, ours.packet_out_hex));
  if (k.ctx_out_hex !== undefined && ours.ctx_out_hex !== k.ctx_out_hex) d.push(pair("ctx out", k.ctx_out_hex, ours.ctx_out_hex));
  for (const [name, want] of Object.entries(k.maps)) {
    // ringbuf records compare on data and the discard bit only
    const norm = (es: readonly KernelMapEntry[] | undefined) =>
      JSON.stringify((es ?? []).map((e) => ("data" in e ? { data: e.data, discarded: e.discarded } : { key: e.key, value: e.value })));
    if (norm(ours.maps?.[name]) !== norm(want)) d.push(pair(`map ${name}`, norm(want), ours.maps?.[name] && norm(ours.maps[name])));
  }
  const trace = ours.trace_pipe ?? [];
  if (JSON.stringify(trace) !== JSON.stringify(k.trace_pipe)) d.push(pair("trace_pipe", JSON.stringify(k.trace_pipe), JSON.stringify(trace)));
  return d;
}

describe("the programs and kernel_results.json", () => {
  it(`has at least 100 programs (${files.length})`, () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it("every program has an entry recorded for its current request, and every entry a program", () => {
    const problems: string[] = [];
    for (const f of files) {
      const p = program(f);
      const g = golden[p.name];
      if (!g) problems.push(`${p.name}: no entry`);
      else if (g.request !== fingerprint(p.request)) problems.push(`${p.name}: recorded for another request (the program or its header changed)`);
    }
    const names = new Set(files.map((f) => basename(f)));
    for (const k of Object.keys(golden)) if (!names.has(k)) problems.push(`${k}: entry without a program`);
    expect(problems, `${problems.join("\n")}\n${RERECORD}`).toEqual([]);
  });
});

describe("the live kernel (BPF_PROG_TEST_RUN via bpf_ref.py) still gives the results in kernel_results.json", () => {
  it("bpf() works here", () => {
    if (!kernel.ok) skipOrFail(`bpf() unavailable, kernel_results.json is not re-checked: ${kernel.reason}`);
  });

  it.runIf(kernel.ok)("every program loads, runs and gives its recorded result", { timeout: 600_000 }, () => {
    const ps = files.map(program);
    const replies = kernelRunBatch(ps.map((p) => p.request)); // one python start-up for all
    const failures: string[] = [];
    ps.forEach((p, i) => {
      const reply = replies[i];
      const problem = kernelProblem(reply);
      if (problem || !("result" in reply) || !reply.result) return void failures.push(`${p.name}: ${problem}`);
      const live = JSON.stringify(pick(reply.result));
      const want = golden[p.name] && JSON.stringify(golden[p.name].result);
      if (live !== want) failures.push(pair(`${p.name} (second line: the golden file)`, live, want));
    });
    expect(failures, `${failures.join("\n\n")}\n${RERECORD}`).toEqual([]);
  });
});

describe("bpfplay's VM agrees with the kernel (kernel_results.json)", () => {
  let agree = 0;
  afterAll(() => console.log(`vm vs kernel (golden): ${agree} of ${files.length} programs agree`));

  for (const f of files) {
    const name = basename(f);
    it(name, () => {
      const want = golden[name];
      if (!want) throw new Error(`${name}: no entry in kernel_results.json; ${RERECORD}`);
      const r = bpfplayRun(runArgs(program(f)));
      let ours: { accepted?: boolean; errors?: { insn: number; message: string }[]; result?: VmResult };
      try {
        ours = JSON.parse(r.stdout);
      } catch {
        throw new Error(`${name}: bpfplay run exited ${r.status} without JSON: ${r.stderr.trim() || r.stdout.trim()}`);
      }
      expect(ours.accepted, `${name}: bpfplay did not run it: ${JSON.stringify(ours.errors)}`).toBe(true);
      const diffs = ours.result ? differences(want.result, ours.result) : ["no result"];
      expect(diffs, `${name} differs from the kernel:\n${diffs.join("\n")}`).toEqual([]);
      agree++;
    });
  }
});
