// A program's return value in the words of its program type: "2 (XDP_PASS)". The names come
// from the core (events/verdicts.ts), so the UI, the CLI and the stream summaries say the same.

import { verdictName } from "../../core/events/verdicts.ts";

export function verdict(r0: bigint, progType: string): string {
  const name = verdictName(r0, progType);
  return name ? `${r0} (${name})` : r0 < 10n ? `${r0}` : `${r0} (0x${r0.toString(16)})`;
}

/** r0 as the snapshot writes it ("0x2"), in words. */
export const verdictOf = (r0Hex: string | undefined, progType: string): string => verdict(BigInt(r0Hex ?? 0), progType);

/** Just the name ("XDP_DROP"), or undefined when the program type gives the value none. */
export const verdictNameOf = (r0Hex: string | undefined, progType: string): string | undefined => verdictName(BigInt(r0Hex ?? 0), progType);
