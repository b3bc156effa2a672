// The kernel's own verifier selftests (../shared/corpora/kernel_selftests, see its README.md):
// raw bytecode, maps and the 6.18 kernel's answers in expected.json. This reads one program into
// a bpfplay Program, runs bpfplay's verify() on it and scores the answer against the kernel's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeSlots } from "../../../src/core/isa/index.ts";
import type { MapDef, Program } from "../../../src/core/program.ts";
import type { Verify } from "../../verifier/bpfplay.ts";

/** The kernel's answer for one program, as expected.json keeps it (the fields this test reads). */
export interface KernelAnswer {
  readonly file: string;
  readonly prog_type: string;
  readonly accepted: boolean;
  readonly errno: number;
  /** The key error line: the first line after the last instruction the kernel printed. */
  readonly error_line: string | null;
  readonly error_lines?: readonly string[];
  readonly error_insn: number | null;
  readonly insns_processed: number | null;
}

interface ProgJson {
  readonly name: string;
  readonly prog_type: string;
  readonly maps: readonly { name: string; type: string; key_size: number; value_size: number; max_entries: number; flags: number }[];
  readonly init: readonly { map: string; key_hex: string; value_hex: string }[];
  readonly prog_flags: number;
}

export interface SelftestCase {
  readonly name: string;
  readonly progType: string;
  readonly strictAlign: boolean;
  readonly program: Program;
  readonly kernel: KernelAnswer;
}

export function readExpected(dir: string): Record<string, KernelAnswer> {
  return (JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { programs: Record<string, KernelAnswer> }).programs;
}

const hexBytes = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));

/** One program of the corpus, as bpfplay's CLI would load it from the flags the README gives. */
export function loadSelftest(dir: string, name: string, kernel: KernelAnswer): SelftestCase {
  const meta = JSON.parse(readFileSync(join(dir, "progs", `${name}.json`), "utf8")) as ProgJson;
  const bytes = readFileSync(join(dir, "progs", `${name}.bin`));
  const { insns, trailing } = decodeSlots(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (trailing) throw new Error(`${name}.bin: ${bytes.length} bytes is not a whole number of instructions`);
  const maps: MapDef[] = meta.maps.map((m) => {
    // global data (.rodata/.data/.bss) is filled at key 0 before the load
    const init = meta.init.find((e) => e.map === m.name && /^0+$/.test(e.key_hex));
    return { name: m.name, type: m.type, keySize: m.key_size, valueSize: m.value_size, maxEntries: m.max_entries, flags: m.flags, ...(init ? { init: hexBytes(init.value_hex) } : {}) };
  });
  const program: Program = { insns, maps, lines: insns.map(() => 0), symbols: [] };
  return { name, progType: meta.prog_type, strictAlign: (meta.prog_flags & 1) !== 0, program, kernel };
}

export interface SelftestOutcome {
  readonly name: string;
  readonly kernel: KernelAnswer;
  readonly accepted?: boolean;
  /** bpfplay's first error message. */
  readonly message?: string | null;
  /** Wall-clock time of verify(). */
  readonly ms: number;
  /** CPU time of verify() (this process), which other work on the machine does not inflate. */
  readonly cpuMs: number;
  /** verify() threw (a bug) or the program could not be read. */
  readonly threw?: string;
}

export function runSelftest(verify: Verify, c: SelftestCase): SelftestOutcome {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const times = () => {
    const cpu = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  try {
    const v = verify(c.program, { progType: c.progType, logLevel: 0, strictAlign: c.strictAlign });
    return { name: c.name, kernel: c.kernel, accepted: v.accepted, message: v.accepted ? null : (v.diagnostics[0]?.message ?? null), ...times() };
  } catch (e) {
    return { name: c.name, kernel: c.kernel, threw: (e as Error).stack ?? String(e), ...times() };
  }
}

/** Whitespace normalised, as the corpus README asks. */
const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** The kind of (dis)agreement of one outcome. */
export type Verdict = "agree" | "false-accept" | "false-reject" | "threw";

export function verdictOf(o: SelftestOutcome): Verdict {
  if (o.threw !== undefined || o.accepted === undefined) return "threw";
  if (o.accepted === o.kernel.accepted) return "agree";
  return o.accepted ? "false-accept" : "false-reject";
}

/** Both reject and bpfplay's first message is the kernel's key error line. */
export const errorLineAgrees = (o: SelftestOutcome): boolean => o.kernel.accepted === false && o.accepted === false && norm(o.message) === norm(o.kernel.error_line);

/** Fully agrees: the same verdict and, for a rejection, the same key error line. */
export const agrees = (o: SelftestOutcome): boolean => verdictOf(o) === "agree" && (o.kernel.accepted || errorLineAgrees(o));

export interface Score {
  readonly total: number;
  readonly verdicts: number;
  readonly falseAccepts: number;
  readonly falseRejects: number;
  readonly threw: number;
  readonly kernelRejects: number;
  readonly errorLines: number;
  readonly ms: number;
  readonly cpuMs: number;
}

export function score(outcomes: readonly SelftestOutcome[]): Score {
  const v = outcomes.map(verdictOf);
  return {
    total: outcomes.length,
    verdicts: v.filter((x) => x === "agree").length,
    falseAccepts: v.filter((x) => x === "false-accept").length,
    falseRejects: v.filter((x) => x === "false-reject").length,
    threw: v.filter((x) => x === "threw").length,
    kernelRejects: outcomes.filter((o) => !o.kernel.accepted).length,
    errorLines: outcomes.filter(errorLineAgrees).length,
    ms: outcomes.reduce((a, o) => a + o.ms, 0),
    cpuMs: outcomes.reduce((a, o) => a + o.cpuMs, 0),
  };
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

export function summaryLine(s: Score): string {
  return (
    `kernel_selftests: verdicts ${s.verdicts}/${s.total} (${pct(s.verdicts, s.total)}), false accepts ${s.falseAccepts}, ` +
    `false rejects ${s.falseRejects}, threw ${s.threw}, error lines ${s.errorLines}/${s.kernelRejects} (${pct(s.errorLines, s.kernelRejects)}), verify() ${(s.ms / 1000).toFixed(1)} s (CPU ${(s.cpuMs / 1000).toFixed(1)} s)`
  );
}

/** Every disagreement, grouped: false accepts, false rejects, other error lines, throws; and the slowest programs. */
export function report(outcomes: readonly SelftestOutcome[], slowest = 5): string {
  const out: string[] = [summaryLine(score(outcomes))];
  const group = (title: string, list: readonly SelftestOutcome[], line: (o: SelftestOutcome) => string) => {
    if (!list.length) return;
    out.push(`\n${title} [${list.length}]:`);
    for (const o of [...list].sort((a, b) => a.name.localeCompare(b.name))) out.push(line(o));
  };
  group("bpfplay accepts, the kernel rejects", outcomes.filter((o) => verdictOf(o) === "false-accept"), (o) => `  ${o.name}: kernel: ${o.kernel.error_line}`);
  group("bpfplay rejects, the kernel accepts", outcomes.filter((o) => verdictOf(o) === "false-reject"), (o) => `  ${o.name}: bpfplay: ${o.message}`);
  group(
    "both reject, the error lines differ",
    outcomes.filter((o) => verdictOf(o) === "agree" && !o.kernel.accepted && !errorLineAgrees(o)),
    (o) => `  ${o.name}:\n    kernel  ${o.kernel.error_line}\n    bpfplay ${o.message}`,
  );
  group("verify() threw", outcomes.filter((o) => verdictOf(o) === "threw"), (o) => `  ${o.name}: ${o.threw?.split("\n")[0]}`);
  const slow = [...outcomes].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, slowest);
  out.push(`\nslowest (CPU): ${slow.map((o) => `${o.name} ${(o.cpuMs / 1000).toFixed(2)} s`).join(", ")}`);
  return out.join("\n");
}
