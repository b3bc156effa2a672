// Colour bands linking source lines and their instructions, as Compiler Explorer draws them:
// each source line that produced instructions gets a colour, in the order the lines first
// appear in the listing, cycling through BAND_COUNT colours; its instructions share it.
// Neighbouring lines get different colours whenever two are enough.

import type { ListingRow } from "../../protocol/index.ts";

export const BAND_COUNT = 6;

/** The band of each source line that has instructions. */
export function bandsOf(listing: readonly Pick<ListingRow, "line">[]): Map<number, number> {
  const bands = new Map<number, number>();
  let next = 0;
  for (const r of listing) {
    if (r.line > 0 && !bands.has(r.line)) bands.set(r.line, next++ % BAND_COUNT);
  }
  return bands;
}

/** The first instruction row of a source line, to scroll the listing to. */
export function firstRowOf(listing: readonly Pick<ListingRow, "line" | "pc">[], line: number): number | undefined {
  return listing.find((r) => r.line === line)?.pc;
}
