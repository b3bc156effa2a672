// What hovering a source line shows: each instruction assembled from it, with its form,
// the form's description from the instruction table, and its bytes.

import type { ListingRow } from "../../../protocol/index.ts";

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
