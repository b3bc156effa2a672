// What the PREVAIL comparison prints: counts, skip reasons, and the disagreements grouped by
// what they are about. PREVAIL is not the kernel, so a disagreement is information, not a
// failure; the groups say which side the kernel (and so bpfplay) is expected to be on.
import type { PrevailCase } from "./yaml.ts";

export interface Outcome {
  readonly c: PrevailCase;
  readonly prevailAccepts: boolean;
  readonly ours: { readonly accepted: boolean; readonly message?: string };
  /** The kernel's verdict on the same program, when asked (PREVAIL_KERNEL=1). */
  readonly kernel?: { readonly accepted: boolean; readonly message: string | null };
}

const CATEGORIES: readonly (readonly [string, RegExp])[] = [
  ["division by zero (PREVAIL's !allow_division_by_zero; the kernel lets x/0 run and yield 0)", /division by zero|as divisors|div by zero/i],
  ["uninitialised registers (the kernel refuses any read; PREVAIL's unassumed registers are 'anything')", /!read_ok|Invalid type \(r\d+\.type in \{number, ctx, stack, packet, shared\}\)/],
  ["termination and complexity", /infinite loop|too large|back-edge|Loop counter|termination|call stack|frames is too deep/i],
  ["program shape and encoding (PREVAIL needs no exit and allows dead code)", /last insn is not an exit|unreachable insn|jump out of range|middle of ldimm64|invalid destination|unknown opcode|reserved fields|ld_imm64|invalid shift|Invalid instruction|Unsupported/],
  ["context (xdp_md: 24 bytes, read-only; PREVAIL's test ctx: 64 bytes)", /bpf_context|\bctx\b|context/i],
  ["stack", /stack/i],
  ["packet bounds", /packet|pkt|packet_size|meta_offset/i],
  ["map values and null checks", /map_value|null|shared|map value|map_ptr|map_fd/i],
  ["pointer arithmetic and types", /pointer|prohibited|leaks|Invalid type|subtract|comparison/i],
  ["helpers and calls", /func|helper|expected=|callx|call|argument/i],
];

export function category(o: Outcome): string {
  const text = !o.ours.accepted ? (o.ours.message ?? "") : (o.c.messages[0] ?? "");
  return CATEGORIES.find(([, re]) => re.test(text))?.[0] ?? "other";
}

export interface Summary {
  readonly total: number;
  readonly skipped: ReadonlyMap<string, number>;
  readonly outcomes: readonly Outcome[];
  readonly failed: readonly { readonly c: PrevailCase; readonly why: string }[];
  /** Cases `assume: "branch"` would add, for the note. */
  readonly assumeCases: number;
  readonly assumeMode: string;
}

const kernelSays = (o: Outcome) => (o.kernel ? ` | kernel ${o.kernel.accepted ? "accepts" : `rejects: ${o.kernel.message}`}` : "");
const caseName = (c: PrevailCase) => `${c.file} "${c.name}"`;

export function report(s: Summary, all: boolean): string {
  const { outcomes } = s;
  const translated = outcomes.length + s.failed.length;
  const agree = outcomes.filter((o) => o.ours.accepted === o.prevailAccepts);
  const bothAccept = agree.filter((o) => o.ours.accepted).length;
  const stricter = outcomes.filter((o) => !o.ours.accepted && o.prevailAccepts);
  const looser = outcomes.filter((o) => o.ours.accepted && !o.prevailAccepts);
  const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "-");
  const out = [
    `prevail vs bpfplay's verifier: ${s.total} cases, ${translated} translated, ${s.total - translated} skipped; ${outcomes.length} ran (${pct(outcomes.length, translated)} of the translated)`,
    `  verdicts agree: ${agree.length}/${outcomes.length} (both accept ${bothAccept}, both reject ${agree.length - bothAccept}); bpfplay rejects what PREVAIL accepts: ${stricter.length}; bpfplay accepts what PREVAIL rejects: ${looser.length}`,
  ];
  const asked = outcomes.filter((o) => o.kernel);
  if (asked.length) {
    const withPrevail = asked.filter((o) => o.kernel!.accepted === o.prevailAccepts).length;
    const withUs = asked.filter((o) => o.kernel!.accepted === o.ours.accepted).length;
    out.push(`  the kernel on the same programs: agrees with PREVAIL on ${withPrevail}/${asked.length}, with bpfplay on ${withUs}/${asked.length}`);
  }
  if (s.assumeMode === "skip") out.push(`  (${s.assumeCases} cases use 'assume' and are skipped; PREVAIL_ASSUME=branch runs them with each assume as a branch to an exit)`);

  out.push(`\nskipped (${s.total - translated}), by reason:`);
  for (const [reason, n] of [...s.skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${String(n).padStart(4)}  ${reason}`);

  const groups = new Map<string, Outcome[]>();
  for (const o of [...stricter, ...looser]) {
    const key = `${category(o)}: ${o.ours.accepted ? "bpfplay accepts, PREVAIL rejects" : "bpfplay rejects, PREVAIL accepts"}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  out.push(`\ndisagreements (${stricter.length + looser.length}), by category:`);
  for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`  ${key} [${list.length}]`);
    const shown = all ? list : list.slice(0, 8);
    for (const o of shown) out.push(`    ${caseName(o.c)}: ${o.ours.accepted ? `prevail: ${o.c.messages[0]}` : `bpfplay: ${o.ours.message}`}${kernelSays(o)}`);
    if (shown.length < list.length) out.push(`    ... ${list.length - shown.length} more (PREVAIL_ALL=1 lists them)`);
  }
  const split = asked.filter((o) => o.kernel!.accepted !== o.ours.accepted);
  if (split.length) {
    out.push(`\nbpfplay and the kernel disagree on ${split.length} translated cases:`);
    for (const o of all ? split : split.slice(0, 30)) out.push(`  ${caseName(o.c)}: bpfplay ${o.ours.accepted ? "accepts" : `rejects: ${o.ours.message}`}${kernelSays(o)}`);
    if (!all && split.length > 30) out.push(`  ... ${split.length - 30} more (PREVAIL_ALL=1 lists them)`);
  }
  if (s.failed.length) {
    out.push(`\ncould not run (${s.failed.length}):`);
    for (const f of all ? s.failed : s.failed.slice(0, 20)) out.push(`  ${caseName(f.c)}: ${f.why}`);
  }
  return out.join("\n");
}
