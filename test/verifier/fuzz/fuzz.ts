// A kernel-differential fuzzer for bpfplay's verifier (not part of `npm test`; needs root and bpf()).
// Seeds: the kernel's verifier selftests (../shared/corpora/kernel_selftests) and test/verifier/programs/*.s.
// Each mutant is one small change of one seed (mutate.ts); the kernel on this machine (load only,
// log level 1, batches through test/kernel/bpf_ref.py) and bpfplay's verify() (same program type,
// maps and strict alignment) each give a verdict, and every disagreement is written down.
//
//   npx tsx test/verifier/fuzz/fuzz.ts [--seed 1] [--count 3000] [--batch 300] [--out /tmp/vfuzz/run.jsonl] [--seeds FILE] [--extra] [--types T,...]
//
// --extra adds the mutation kinds of EXTRA_KINDS (a map's flags, type or value size; the expected
// attach type). --types keeps only the seeds of these program types (cgroup_sock,cgroup_skb: the
// ones with attach types, whose seeds are few among the rest).
//
// The seed programs of a run are written beside the .jsonl (NAME.seeds, one a line); `--seeds` takes
// such a list, so a later run makes the same mutants even after programs were added to the folders.
//
// Prints counts per mutation kind (both accept, both reject, false accepts, false rejects) and the
// false accepts grouped by the kernel's error line; the .jsonl keeps each disagreement with its bytes
// (replay one with repro.ts).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bytesToHex, encodeInsns } from "../../../src/core/isa/index.ts";
import type { Insn } from "../../../src/core/isa/index.ts";
import type { MapDef, Program } from "../../../src/core/program.ts";
import { progTypeByName } from "../../../src/core/isa/progtypes.ts";
import { verify } from "../../../src/core/verifier/index.ts";
import { loadSelftest, readExpected } from "../../corpora/kernel_selftests/corpus.ts";
import { corpus } from "../../corpora/paths.ts";
import { forKernel } from "../../kernel/reference.ts";
import type { KernelReply, KernelRequest } from "../../kernel/reference.ts";
import { caseFiles, kernelRequest, loadCase } from "../cases.ts";
import { kernelError } from "../kernelLog.ts";
import { rng } from "../../support/forms.ts";
import { EXTRA_KINDS, KINDS, mutate, mutateMap } from "./mutate.ts";
import type { Kind, Mutant } from "./mutate.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const BPF_REF = join(HERE, "..", "..", "kernel", "bpf_ref.py");

export interface Seed {
  readonly name: string;
  readonly insns: readonly Insn[];
  readonly progType: string;
  readonly strictAlign: boolean;
  readonly maps: readonly MapDef[];
}

/** Seeds the kernel verifies quickly (a mutant of a 1M-instruction program teaches little and costs much). */
export function loadSeeds(maxProcessed = 20_000): Seed[] {
  const seeds: Seed[] = [];
  const dir = corpus("kernel_selftests");
  if (dir) {
    const expected = readExpected(dir);
    for (const name of Object.keys(expected).sort()) {
      if ((expected[name].insns_processed ?? 0) > maxProcessed) continue;
      const c = loadSelftest(dir, name, expected[name]);
      seeds.push({ name, insns: c.program.insns, progType: c.progType, strictAlign: c.strictAlign, maps: c.program.maps });
    }
  }
  for (const f of caseFiles()) {
    const c = loadCase(f);
    seeds.push({ name: c.name, insns: c.program.insns, progType: c.progType, strictAlign: c.strictAlign, maps: c.program.maps });
  }
  return seeds;
}

/** The kernel's request for a mutant: kernelRequest()'s (cases.ts), frozen maps frozen too. */
export function requestOf(insns: readonly Insn[], progType: string, maps: readonly MapDef[], strictAlign: boolean): KernelRequest {
  return kernelRequest({ insns: insns.slice(), maps: maps.slice(), lines: [], symbols: [] }, progType, strictAlign);
}

/** The kernel's verdicts on a batch, in one python process, without blocking this one. */
export function kernelBatch(reqs: readonly KernelRequest[]): Promise<KernelReply[]> {
  return new Promise((resolve, reject) => {
    const p = spawn("python3", [BPF_REF], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on("data", (b: Buffer) => out.push(b));
    p.stderr.on("data", (b: Buffer) => err.push(b));
    p.on("close", (status) => {
      const line = Buffer.concat(out).toString("utf8").trim().split("\n").pop() ?? "";
      try {
        const r = JSON.parse(line) as KernelReply[];
        if (!Array.isArray(r) || r.length !== reqs.length) throw new Error("wrong length");
        resolve(r);
      } catch {
        reject(new Error(`bpf_ref.py (status ${status}): ${line.slice(0, 500)} ${Buffer.concat(err).toString().slice(0, 2000)}`));
      }
    });
    p.stdin.end(JSON.stringify(reqs.map(forKernel)));
  });
}

export interface Side {
  readonly accepted: boolean;
  readonly message: string | null;
}

/** The kernel's verdict and key error line; undefined when the harness failed (not a verdict). */
export function kernelSide(reply: KernelReply): Side | undefined {
  if (!reply.available || reply.error !== undefined) return undefined;
  if (reply.accepted) return { accepted: true, message: null };
  const e = kernelError(reply.verifier_log);
  return { accepted: false, message: e ? e.message : `(errno ${reply.errno}, no error line)` };
}

export function bpfplaySide(insns: readonly Insn[], progType: string, maps: readonly MapDef[], strictAlign: boolean): Side | { threw: string } {
  const program: Program = { insns: insns.slice(), maps: maps.slice(), lines: insns.map(() => 0), symbols: [] };
  try {
    const v = verify(program, { progType, logLevel: 0, strictAlign });
    return { accepted: v.accepted, message: v.accepted ? null : (v.diagnostics[0]?.message ?? null) };
  } catch (e) {
    return { threw: String((e as Error).stack ?? e).split("\n").slice(0, 3).join(" | ") };
  }
}

type Outcome = "both accept" | "both reject" | "FALSE ACCEPT" | "false reject" | "threw" | "kernel harness error";
const OUTCOMES: readonly Outcome[] = ["both accept", "both reject", "FALSE ACCEPT", "false reject", "threw", "kernel harness error"];

function arg(name: string, dflt: number | string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : String(dflt);
}

/** Normalised for grouping: numbers vary with the mutant, the rule does not. */
const shape = (m: string | null) => (m ?? "").replace(/-?\d+/g, "N");

async function main(): Promise<void> {
  const seedNo = Number(arg("seed", 1));
  const count = Number(arg("count", 3000));
  const batch = Number(arg("batch", 300));
  const out = arg("out", `/tmp/vfuzz/run-s${seedNo}-n${count}.jsonl`);
  mkdirSync(dirname(out), { recursive: true });
  const all = loadSeeds();
  const listFile = process.argv.includes("--seeds") ? arg("seeds", "") : undefined;
  const wanted = listFile ? readFileSync(listFile, "utf8").split("\n").filter(Boolean) : undefined;
  const byName = new Map(all.map((x) => [x.name, x]));
  const missing = wanted?.filter((n) => !byName.has(n)) ?? [];
  if (missing.length) throw new Error(`${listFile}: ${missing.length} seeds not found, e.g. ${missing[0]}`);
  const types = process.argv.includes("--types") ? arg("types", "").split(",") : undefined;
  const seeds = (wanted ? wanted.map((n) => byName.get(n) as Seed) : all).filter((x) => !types || types.includes(progTypeByName(x.progType)?.name ?? x.progType));
  if (!seeds.length) throw new Error(`no seeds of the types ${types?.join(", ")}`);
  writeFileSync(out.replace(/\.jsonl$/, "") + ".seeds", seeds.map((x) => x.name).join("\n") + "\n");
  const r = rng(seedNo);
  const kinds: readonly Kind[] = process.argv.includes("--extra") ? [...KINDS, ...EXTRA_KINDS] : KINDS;
  const mutants: { seed: Seed; m: Mutant }[] = [];
  while (mutants.length < count) {
    const seed = seeds[Math.floor(r() * seeds.length)];
    const kind: Kind = kinds[Math.floor(r() * kinds.length)];
    const sizes = [...new Set([...seed.maps.flatMap((m) => [m.valueSize, m.keySize]), 512, 8])];
    const m = kind === "map" ? mutateMap(r, seed.insns, seed.progType, seed.maps) : mutate(r, seed.insns, seed.progType, kind, sizes);
    if (m) mutants.push({ seed, m });
  }
  console.log(`${seeds.length} seeds, ${count} mutants (seed ${seedNo}), batches of ${batch}`);

  const table = new Map<Kind, Record<Outcome, number>>(kinds.map((k) => [k, Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>]));
  const lines: string[] = [];
  const t0 = Date.now();
  let next: Promise<KernelReply[]> | undefined;
  const reqs = (from: number) => mutants.slice(from, from + batch).map(({ seed, m }) => requestOf(m.insns, m.progType, m.maps ?? seed.maps, seed.strictAlign));
  next = kernelBatch(reqs(0));
  for (let from = 0; from < mutants.length; from += batch) {
    const part = mutants.slice(from, from + batch);
    // bpfplay works while the kernel answers this batch
    const ours = part.map(({ seed, m }) => bpfplaySide(m.insns, m.progType, m.maps ?? seed.maps, seed.strictAlign));
    if (!next) throw new Error("no kernel batch in flight"); // (one is started for every batch)
    const replies = await next;
    next = from + batch < mutants.length ? kernelBatch(reqs(from + batch)) : undefined;
    part.forEach(({ seed, m }, j) => {
      const k = kernelSide(replies[j]);
      const b = ours[j];
      let o: Outcome;
      if (!k) o = "kernel harness error";
      else if ("threw" in b) o = "threw";
      else if (k.accepted === b.accepted) o = k.accepted ? "both accept" : "both reject";
      else o = b.accepted ? "FALSE ACCEPT" : "false reject";
      table.get(m.kind)![o]++;
      if (o === "both accept" || o === "both reject") return;
      lines.push(
        JSON.stringify({
          n: from + j, outcome: o, kind: m.kind, what: m.what, seed: seed.name, prog_type: m.progType, strict_align: seed.strictAlign,
          ...(m.maps ? { maps: m.maps.map((x) => ({ ...x, init: undefined })) } : {}),
          kernel: k ?? (replies[j] as { error?: string; reason?: string }), bpfplay: b, insns_hex: bytesToHex(encodeInsns(m.insns)),
        }),
      );
    });
    process.stderr.write(`\r${Math.min(from + batch, mutants.length)}/${mutants.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  process.stderr.write("\n");
  writeFileSync(out, lines.join("\n") + (lines.length ? "\n" : ""));

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${"kind".padEnd(9)}${OUTCOMES.map((o) => pad(o, 14)).join("")}`);
  const total = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const [k, row] of table) {
    console.log(`${k.padEnd(9)}${OUTCOMES.map((o) => pad(row[o], 14)).join("")}`);
    for (const o of OUTCOMES) total[o] += row[o];
  }
  console.log(`${"total".padEnd(9)}${OUTCOMES.map((o) => pad(total[o], 14)).join("")}`);

  const fa = lines.map((l) => JSON.parse(l) as { outcome: string; kernel: Side; kind: string; seed: string; n: number }).filter((x) => x.outcome === "FALSE ACCEPT");
  const groups = new Map<string, typeof fa>();
  for (const x of fa) groups.set(shape(x.kernel.message), [...(groups.get(shape(x.kernel.message)) ?? []), x]);
  console.log(`\nfalse accepts by the kernel's error line (${fa.length}):`);
  for (const [msg, xs] of [...groups].sort((a, b) => b[1].length - a[1].length))
    console.log(`${pad(xs.length, 5)}  ${msg}   e.g. #${xs[0].n} ${xs[0].seed} (${xs[0].kind})`);
  console.log(`\nwritten: ${out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
