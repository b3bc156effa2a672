// bpfplay's verifier log against the kernel's, line by line, at log levels 1 and 2.
//
//   npx tsx test/verifier/logdiff.ts --record            # ask the kernel (as root), write kernel_logs.json
//   npx tsx test/verifier/logdiff.ts                     # agreement per program and overall
//   npx tsx test/verifier/logdiff.ts --level 2 --show ok_map_lookup_null_check.s   # one diff
//
// kernel_logs.json keeps the kernel's logs so that log_vs_kernel.test.ts runs without bpf().
// Lines are compared after normalising what can never agree (see normalise below); agreement is
// the number of lines a diff keeps (the longest common subsequence) over the kernel's line count.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { kernelAvailable, kernelRun } from "../kernel/reference.ts";
import { caseFiles, loadCase } from "./cases.ts";
import type { VerifierCase } from "./cases.ts";
import { verify } from "../../src/core/verifier/index.ts";

export const LOGS = join(dirname(fileURLToPath(import.meta.url)), "kernel_logs.json");

/** Longer logs are not kept (a loop's level-2 log runs to 100 MB): null in kernel_logs.json. */
const KEEP_CHARS = 100_000;

/** The kernel's log per program at levels 1 and 2, a line an entry (readable diffs); null where it was too long to keep or empty. */
export type KernelLogs = Record<string, { "1": string[] | null; "2": string[] | null }>;

export function readLogs(): KernelLogs {
  return JSON.parse(readFileSync(LOGS, "utf8")) as KernelLogs;
}

/**
 * What can never be the same: the kernel prints a map's address in `r1 = 0xffff888...` where
 * bpfplay prints `r1 = map[id:0]`; both become `r1 = <map>`, and the annotation after it moves up to one space
 * (in mark_precise lines too).
 */
export function normalise(log: string | readonly string[]): string[] {
  const lines = typeof log === "string" ? log.split("\n") : log.slice();
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  // the annotation's column depends on the address's width too: one space before the ';'
  // (the same instruction in a mark_precise line: `... before 9: (18) r1 = 0xffff...`)
  // (a listing line inside a loop has a number before the instruction's: `    1   8: ........8. (18) r1 = ...`)
  return lines.map((l) =>
    l
      .replace(/^(\s*(?:\d+\s+)?\d+: (?:[.0-9]{10} )?\(18\) r\d+ = )(0xffff[0-9a-f]{12}|map\[id:\d+\](?:\[0\]\+\d+)?)( +;)?/, (_, head: string, _addr: string, semi: string | undefined) => `${head}<map>${semi ? " ;" : ""}`)
      .replace(/^(mark_precise: frame\d+: regs=\S* stack=\S* before \d+: \(18\) r\d+ = )(0xffff[0-9a-f]{12}|map\[id:\d+\](?:\[0\]\+\d+)?)$/, "$1<map>"),
  );
}

/** How many lines a diff of a and b keeps (longest common subsequence), bounded in work. */
export function commonLines(a: readonly string[], b: readonly string[]): number {
  // strip the common head and tail first: most logs differ in a few places
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length === 0 || y.length === 0) return head + tail;
  if (x.length * y.length > 4e7) {
    // too big for the table: count lines equal at the same position only
    let same = 0;
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] === y[i]) same++;
    return head + tail + same;
  }
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return head + tail + prev[y.length];
}

export interface LogScore {
  readonly name: string;
  readonly level: 1 | 2;
  readonly kernel: number;
  readonly ours: number;
  readonly common: number;
  readonly identical: boolean;
}

export function ourLog(c: VerifierCase, level: 1 | 2): string {
  return verify(c.program, { progType: c.progType, logLevel: level, strictAlign: c.strictAlign }).log;
}

export function score(c: VerifierCase, level: 1 | 2, kernelLog: readonly string[]): LogScore {
  const k = normalise(kernelLog);
  const o = normalise(ourLog(c, level));
  const common = commonLines(k, o);
  return { name: c.name, level, kernel: k.length, ours: o.length, common, identical: common === k.length && k.length === o.length };
}

export function summary(scores: readonly LogScore[]): string {
  const k = scores.reduce((s, x) => s + x.kernel, 0);
  const c = scores.reduce((s, x) => s + x.common, 0);
  const same = scores.filter((x) => x.identical).length;
  return `${c}/${k} kernel lines matched (${((100 * c) / Math.max(1, k)).toFixed(1)}%), ${same}/${scores.length} logs identical`;
}

/** A plain diff of the normalised logs: '-' kernel only, '+' bpfplay only. */
export function diff(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 4e7) return ["(too long to diff)"];
  const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (j < m && (i === n || t[i][j + 1] >= t[i + 1][j])) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out;
}

function record(only: readonly string[]): void {
  const kernel = kernelAvailable();
  if (!kernel.ok) {
    console.error(`cannot record: bpf() unavailable: ${kernel.reason}`);
    process.exit(2);
  }
  const logs: KernelLogs = existsSync(LOGS) && only.length ? readLogs() : {};
  for (const f of caseFiles()) {
    const c = loadCase(f);
    if (only.length && !only.includes(c.name)) continue;
    const ask = (level: 1 | 2): string[] | null => {
      for (let tries = 0; ; tries++) {
        const r = kernelRun({ ...c.request, log_level: level });
        if (r.available && r.error === undefined) return r.verifier_log.length > KEEP_CHARS || r.verifier_log === "" ? null : r.verifier_log.split("\n");
        if (tries === 1) throw new Error(`${c.name}: ${r.available ? r.error : r.reason}`);
      }
    };
    logs[c.name] = { "1": ask(1), "2": ask(2) };
    process.stdout.write(".");
  }
  const sorted = Object.fromEntries(Object.keys(logs).sort().map((k) => [k, logs[k]]));
  writeFileSync(LOGS, JSON.stringify(sorted, null, 1) + "\n");
  console.log(`\nwrote ${LOGS}: ${Object.keys(sorted).length} programs`);
}

function main(argv: string[]): void {
  const flag = (f: string) => {
    const k = argv.indexOf(f);
    if (k < 0) return undefined;
    const v = argv[k + 1];
    argv.splice(k, 2);
    return v;
  };
  if (argv[0] === "--record") return record(argv.slice(1).map((f) => basename(resolve(f))));
  const level = flag("--level");
  const show = flag("--show");
  const logs = readLogs();
  const levels: (1 | 2)[] = level ? [Number(level) as 1 | 2] : [1, 2];
  if (show) {
    const c = loadCase(caseFiles().find((f) => basename(f) === basename(show))!);
    for (const l of levels) {
      console.log(`=== ${c.name} level ${l} ('-' kernel, '+' bpfplay)`);
      const k = logs[c.name]?.[l];
      console.log(k ? diff(normalise(k), normalise(ourLog(c, l))).join("\n") : "(no kernel log kept)");
    }
    return;
  }
  const only = argv.map((f) => basename(resolve(f)));
  const cases = caseFiles().filter((f) => !only.length || only.includes(basename(f))).map(loadCase);
  for (const l of levels) {
    const kept = cases.filter((c) => logs[c.name]?.[l]);
    const scores = kept.map((c) => score(c, l, logs[c.name][l]!));
    for (const s of scores) if (!s.identical) console.log(`level ${l} ${s.name}: ${s.common}/${s.kernel} (ours ${s.ours} lines)`);
    console.log(`level ${l}: ${summary(scores)} (${cases.length - kept.length} without a kept kernel log)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
