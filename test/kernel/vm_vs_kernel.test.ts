// Differential test against the Linux kernel on this machine: every program in programs/ runs in
// the kernel (BPF_PROG_TEST_RUN through bpf_ref.py) and in bpfplay's VM (`bpfplay run`, in-process),
// and the two must agree on r0, the packet, every map and the bpf_trace_printk lines.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import type { Io } from "../../src/cli/io.ts";
import { loadProgram, programFiles, runArgs } from "./header.ts";
import type { LoadedProgram } from "./header.ts";
import { kernelAvailable, kernelRun } from "./reference.ts";
import type { KernelMapEntry, KernelReply, KernelResult } from "./reference.ts";

const kernel = kernelAvailable();
const files = programFiles();

/** The kernel's answer for a program, asked once per file. */
const replies = new Map<string, { program: LoadedProgram; reply: KernelReply }>();
function inKernel(file: string) {
  let r = replies.get(file);
  if (!r) {
    const program = loadProgram(file);
    r = { program, reply: kernelRun(program.request) };
    replies.set(file, r);
  }
  return r;
}

/** What is wrong with a kernel reply, or undefined if the program loaded and ran. */
function kernelProblem(reply: KernelReply): string | undefined {
  if (!reply.available) return `bpf() unavailable: ${reply.reason}`;
  if (reply.error !== undefined) return reply.error;
  if (!reply.accepted) return `rejected (errno ${reply.errno}):\n${reply.verifier_log.split("\n").slice(-12).join("\n")}`;
  if (!reply.result) return "no result";
  return undefined;
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
function differences(k: KernelResult, ours: VmResult): string[] {
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

describe.runIf(kernel.ok)("the kernel reference (BPF_PROG_TEST_RUN via bpf_ref.py)", () => {
  it(`has at least 100 programs (${files.length})`, () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it("every program loads and runs in the kernel", { timeout: 600_000 }, () => {
    const failures: string[] = [];
    for (const f of files) {
      try {
        const problem = kernelProblem(inKernel(f).reply);
        if (problem) failures.push(`${basename(f)}: ${problem}`);
      } catch (e) {
        failures.push(`${basename(f)}: ${(e as Error).message}`);
      }
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
});

describe.runIf(kernel.ok)("bpfplay's VM agrees with the kernel", () => {
  let agree = 0;
  afterAll(() => console.log(`vm vs kernel: ${agree} of ${files.length} programs agree`));

  for (const f of files) {
    const name = basename(f);
    it(name, () => {
      const { program, reply } = inKernel(f);
      const problem = kernelProblem(reply);
      if (problem || !("result" in reply) || !reply.result) throw new Error(`${name}: the kernel reference failed: ${problem}`);
      const r = bpfplayRun(runArgs(program));
      let ours: { accepted?: boolean; errors?: { insn: number; message: string }[]; result?: VmResult };
      try {
        ours = JSON.parse(r.stdout);
      } catch {
        throw new Error(`${name}: bpfplay run exited ${r.status} without JSON: ${r.stderr.trim() || r.stdout.trim()}`);
      }
      expect(ours.accepted, `${name}: bpfplay did not run it: ${JSON.stringify(ours.errors)}`).toBe(true);
      const diffs = ours.result ? differences(reply.result, ours.result) : ["no result"];
      expect(diffs, `${name} differs from the kernel:\n${diffs.join("\n")}`).toEqual([]);
      agree++;
    });
  }
});
