// Per program, what the differential tests and the report measure: does bpfplay's output agree
// with clang's in bpfplay's VM, and in the kernel (acceptance, then BPF_PROG_TEST_RUN results)?
import { kernelRunBatch } from "../kernel/reference.ts";
import type { KernelRequest } from "../kernel/reference.ts";
import { clangAll } from "./clang.ts";
import type { CProgram } from "./header.ts";
import { programs } from "./header.ts";
import { kernelRequest, kernelSide, runsInKernel } from "./kernel.ts";
import type { KernelSide } from "./kernel.ts";
import { differences } from "./outcome.ts";
import type { Outcome } from "./outcome.ts";
import { bpfplayAll } from "./side.ts";
import type { Side } from "./side.ts";
import { entryOf, vmRun } from "./vm.ts";

export interface Suite {
  readonly progs: readonly CProgram[];
  readonly clang: ReadonlyMap<string, Side>;
  readonly bpfplay: ReadonlyMap<string, Side>;
}

/** Every program compiled by both compilers, once. */
export async function buildSuite(): Promise<Suite> {
  const progs = programs();
  const [clang, bpfplay] = await Promise.all([clangAll(progs), bpfplayAll(progs)]);
  return { progs, clang, bpfplay };
}

/** Slots in the entry program (subprograms included), or undefined. */
export function sizeOf(s: Side | undefined, p: CProgram): number | undefined {
  if (!s?.ok) return undefined;
  const e = entryOf(s.built, p.header);
  return typeof e === "string" ? undefined : e.program.insns.length;
}

export interface VmVerdict {
  /** Why clang's side cannot serve as the reference (a broken test program), if it cannot. */
  readonly reference?: string;
  /** What differs, or why bpfplay's side did not get that far; empty when they agree. */
  readonly problems: readonly string[];
}

export function vmCompare(suite: Suite, p: CProgram): VmVerdict {
  const c = suite.clang.get(p.name);
  if (!c?.ok) return { reference: `clang side: ${c?.error ?? "missing"}`, problems: [] };
  const ref = vmRun(c.built, p.header);
  if (typeof ref === "string") return { reference: `clang side in the VM: ${ref}`, problems: [] };
  if (ref.fault) return { reference: `clang's program faults in the VM: ${ref.fault}`, problems: [] };
  const b = suite.bpfplay.get(p.name);
  if (!b?.ok) return { problems: [b?.error ?? "not compiled"] };
  const ours = vmRun(b.built, p.header);
  if (typeof ours === "string") return { problems: [`bpfplay's output in the VM: ${ours}`] };
  const problems = differences(ref, ours, c.built, b.built);
  // The file's other programs run too, on the same input, wherever clang's runs at all.
  const entry = entryOf(c.built, p.header);
  for (const other of c.built.programs) {
    if (typeof entry === "string" || other.name === entry.name) continue;
    if (!b.built.programs.some((q) => q.name === other.name)) {
      problems.push(`bpfplay has no program '${other.name}'`);
      continue;
    }
    const h = { ...p.header, entry: other.name };
    const r = vmRun(c.built, h);
    if (typeof r === "string") continue; // not runnable here (no context for its type): nothing to compare
    const o = vmRun(b.built, h);
    if (typeof o === "string") problems.push(`${other.name}: bpfplay's output in the VM: ${o}`);
    else problems.push(...differences(r, o, c.built, b.built).map((d) => `${other.name}: ${d}`));
  }
  return { problems };
}

export interface KernelVerdict {
  readonly reference?: string;
  readonly clang?: KernelSide;
  readonly bpfplay?: KernelSide;
  /** Whether the program ran (BPF_PROG_TEST_RUN) or was only loaded. */
  readonly ran: boolean;
  readonly problems: readonly string[];
}

/** Both sides of every program in the kernel, in one batch (one process, one request after another). */
export interface KernelRuns {
  readonly clang: ReadonlyMap<string, KernelSide>;
  readonly bpfplay: ReadonlyMap<string, KernelSide>;
}

export function kernelAll(suite: Suite): KernelRuns {
  const reqs: KernelRequest[] = [];
  const slots: { side: "clang" | "bpfplay"; name: string; at: number | KernelSide; insns: number }[] = [];
  for (const p of suite.progs) {
    for (const side of ["clang", "bpfplay"] as const) {
      const s = suite[side].get(p.name);
      if (!s?.ok) {
        slots.push({ side, name: p.name, at: { kind: "error", error: s?.error ?? "not compiled" }, insns: 0 });
        continue;
      }
      const req = kernelRequest(s.built, p.header);
      if (typeof req === "string") slots.push({ side, name: p.name, at: { kind: "error", error: req }, insns: 0 });
      else {
        slots.push({ side, name: p.name, at: reqs.length, insns: sizeOf(s, p) ?? 0 });
        reqs.push(req);
      }
      // the file's other programs: loaded only, each must pass the verifier where clang's does
      const entry = entryOf(s.built, p.header);
      for (const other of s.built.programs) {
        if (typeof entry === "string" || other.name === entry.name) continue;
        const r = kernelRequest(s.built, { ...p.header, entry: other.name, inits: [], loadOnly: true });
        const key = `${p.name}#${other.name}`;
        if (typeof r === "string") slots.push({ side, name: key, at: { kind: "error", error: r }, insns: 0 });
        else {
          slots.push({ side, name: key, at: reqs.length, insns: 0 });
          reqs.push(r);
        }
      }
    }
  }
  const replies = kernelRunBatch(reqs);
  const out = { clang: new Map<string, KernelSide>(), bpfplay: new Map<string, KernelSide>() };
  for (const s of slots) out[s.side].set(s.name, typeof s.at === "number" ? kernelSide(replies[s.at], s.insns) : s.at);
  return out;
}

const describeSide = (k: KernelSide) => (k.kind === "rejected" ? `rejected (errno ${k.errno}):\n${k.log}` : k.kind === "error" ? k.error : "loaded");

export function kernelCompare(suite: Suite, runs: KernelRuns, p: CProgram): KernelVerdict {
  const c = suite.clang.get(p.name);
  if (!c?.ok) return { reference: `clang side: ${c?.error ?? "missing"}`, ran: false, problems: [] };
  const clang = runs.clang.get(p.name)!;
  if (clang.kind !== "loaded") return { reference: `clang's program in the kernel: ${describeSide(clang)}`, clang, ran: false, problems: [] };
  const ran = runsInKernel(c.built, p.header);
  const b = suite.bpfplay.get(p.name);
  if (!b?.ok) return { clang, ran, problems: [b?.error ?? "not compiled"] };
  const ours = runs.bpfplay.get(p.name)!;
  if (ours.kind !== "loaded") return { clang, bpfplay: ours, ran, problems: [`the kernel does not accept bpfplay's output, though it accepts clang's: ${describeSide(ours)}`] };
  const problems: string[] = [];
  for (const other of c.built.programs) {
    const key = `${p.name}#${other.name}`;
    const [x, y] = [runs.clang.get(key), runs.bpfplay.get(key)];
    if (x?.kind === "loaded" && y?.kind !== "loaded") problems.push(`${other.name}: the kernel does not accept bpfplay's output, though it accepts clang's: ${y ? describeSide(y) : "not built"}`);
  }
  const [x, y]: (Outcome | undefined)[] = [clang.outcome, ours.outcome];
  if (ran && x && y) problems.push(...differences(x, y, c.built, b.built));
  return { clang, bpfplay: ours, ran, problems };
}
