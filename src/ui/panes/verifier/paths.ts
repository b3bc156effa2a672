// The words for a path and a value's origin in the Verifier pane: a path is named by the branch
// it came from (`from 12 (if r1 > r2, taken)`), a register by the instruction that last wrote it
// on that path. The walk gives both as data (FrameView.from, .by: core/verifier/view.ts).

import type { FrameView, PathFrom } from "../../../core/verifier/view.ts";
import type { CfgView, VerifierProblem } from "../../../protocol/index.ts";

/**
 * Each instruction's text as the verdict's graph prints it (the program the verdict was made
 * of: while a newer one is on its way the listing may already show a newer program). A block's
 * line is `pc  text`; a line cut short (`…`) or elided is left out, for the listing to fill.
 */
export function insnTexts(cfg: Pick<CfgView, "blocks">): Map<number, string> {
  const out = new Map<number, string>();
  for (const b of cfg.blocks)
    b.textPcs.forEach((pc, k) => {
      const text = b.text[k].replace(/^\s*\d+\s+/, "");
      if (pc >= 0 && !text.endsWith("…")) out.set(pc, text);
    });
  return out;
}

export function branchTest(text: string): string {
  return text.replace(/\s+goto\s.*$/, "").trim();
}

/** `r3 &= -16, r3 = 0`: the AND or OR a path split at, and the value it gave the register (its low half: `w3`). */
function splitWords(test: string | undefined, split: NonNullable<PathFrom["split"]>): string {
  const reg = /^[rw](\d+)/.exec(test ?? "");
  const name = reg ? `${split.low32 ? "w" : "r"}${reg[1]}` : split.low32 ? "its low half" : "its register";
  return `${test ? `${test}, ` : ""}${name} = ${split.value}`;
}

export interface PathLabel {
  /** The branch's instruction, when the path came from one. */
  readonly pc?: number;
  /** `if r1 > r2, taken`; `the entry` for the path no branch split yet. */
  readonly words: string;
  /** The whole label, for a header's accessible name and for tests. */
  readonly text: string;
}

/**
 * One label per path: `from 12 (if r1 > r2, taken)`, `from the entry`; two paths with the same
 * label (a loop's iterations) are numbered by their order of arrival: `#2`, `#3`.
 */
export function pathLabels(states: readonly FrameView[], insnText: (pc: number) => string | undefined): PathLabel[] {
  const labels = states.map((s): PathLabel => {
    const f = s.from;
    if (!f) return { words: "the entry", text: "from the entry" };
    const test = insnText(f.pc);
    const words = f.split ? splitWords(test, f.split) : `${test ? `${branchTest(test)}, ` : ""}${f.taken ? "taken" : "not taken"}`;
    return { pc: f.pc, words, text: `from ${f.pc} (${words})` };
  });
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const l of labels) total.set(l.text, (total.get(l.text) ?? 0) + 1);
  return labels.map((l) => {
    if ((total.get(l.text) ?? 0) < 2) return l;
    const n = (seen.get(l.text) ?? 0) + 1;
    seen.set(l.text, n);
    return { ...l, text: `${l.text} #${n}` };
  });
}

/** Where a register's value came from on a path: an instruction, the entry, or unknown (not tracked). */
export type Origin = { readonly pc: number } | "entry" | undefined;

export function origin(s: FrameView, regno: number): Origin {
  const by = s.by?.[regno];
  if (by === undefined) return undefined;
  return by < 0 ? "entry" : { pc: by };
}

/** The register a rejection is about: its `regno`, else the first `R<n>` its words name. */
export function problemReg(p: Pick<VerifierProblem, "message" | "params">): number | undefined {
  const n = p.params.regno;
  if (typeof n === "number") return n;
  const m = /\bR(\d+)\b/.exec(p.message);
  return m ? Number(m[1]) : undefined;
}
