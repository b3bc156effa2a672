// What hovering a source line shows: each instruction assembled from it, with its form,
// the form's description from the instruction table, and its bytes; then what the verifier
// knows there (verifierHoverFor).

import type { ListingRow, VerdictView } from "../../../protocol/index.ts";
import { explain } from "../../format/explain.ts";
import { frameRows } from "../../format/regstate.ts";
import type { FrameView } from "../../../core/verifier/view.ts";
import { notReached, pcsOnLine } from "../../stores/verify.ts";

/** The description without a leading "form:", since the form is shown in bold beside it. */
function describe(row: ListingRow): string {
  const d = row.description ?? "";
  return row.form && d.startsWith(row.form + ":") ? d.slice(row.form.length + 1).trim() : d;
}

export function hoverFor(listing: readonly ListingRow[], line: number): string[] | undefined {
  const rows = listing.filter((r) => r.line === line);
  if (rows.length === 0) return undefined;
  return rows.flatMap((r) => [
    r.form ? `**${r.form}** ${describe(r)}` : `**invalid** ${r.invalid ?? "not an instruction"}`,
    `insn ${r.pc}: \`${r.bytes}\``,
  ]);
}

/** For C: the instructions a line compiled to, as one block of listing text. */
export function cHoverFor(listing: readonly ListingRow[], line: number): string[] | undefined {
  const rows = listing.filter((r) => r.line === line);
  if (rows.length === 0) return undefined;
  const w = String(rows[rows.length - 1].pc).length;
  return [`**Compiled to ${rows.length} instruction${rows.length === 1 ? "" : "s"}**`, "```text\n" + rows.map((r) => `${String(r.pc).padStart(w)}: ${r.invalid ? `(${r.invalid})` : (r.symbolic ?? r.text)}`).join("\n") + "\n```"];
}

/** Paths shown in a hover; the Verifier tab shows them all. */
export const HOVER_PATHS = 3;

/** `r5     scalar        u ∈ [0, 255]`: one state as aligned rows, for a code block. */
export function stateRows(state: FrameView): string {
  const rows = frameRows(state);
  const nameW = Math.max(0, ...rows.map((r) => r.name.length)) + 2;
  const typeW = Math.max(0, ...rows.map((r) => r.type.length)) + 2;
  return rows.map((r) => `${r.name.padEnd(nameW)}${r.type.padEnd(typeW)}${r.value}`.trimEnd()).join("\n");
}

/**
 * What the verifier knows at a line: its rejection there, in the kernel's words and in plain
 * ones, and for each instruction of the line the state before it on each path that reached it.
 */
export function verifierHoverFor(verdict: VerdictView | undefined, line: number): string[] | undefined {
  if (!verdict) return undefined;
  const pcs = pcsOnLine(verdict, line);
  if (pcs.length === 0) return undefined;
  const out: string[] = [];
  for (const p of verdict.problems.filter((x) => pcs.includes(x.pc))) {
    const e = explain(p.code, p.params);
    out.push(`**Verifier:** \`${p.message}\` — ${e.meaning} *Fix:* ${e.fix}`);
  }
  for (const pc of pcs) {
    const states = verdict.states[pc] ?? [];
    if (states.length === 0) {
      out.push(`**Verifier, insn ${pc}:** ${notReached(verdict)}.`);
      continue;
    }
    const paths = states.length === 1 ? "" : ` — ${states.length} paths${states.length > HOVER_PATHS ? `, first ${HOVER_PATHS} shown` : ""}`;
    out.push(`**Verifier state before insn ${pc}**${paths}`);
    for (const s of states.slice(0, HOVER_PATHS)) out.push("```text\n" + stateRows(s) + "\n```");
  }
  return out;
}
