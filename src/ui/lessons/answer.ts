// A prediction's answer from a snapshot of the live session (what the page shows), in one
// canonical text: "accepted" or "rejected", or an unsigned 64-bit decimal number. What the tests
// check it against, the engine's answer from the example alone, is engineAnswer.ts: it runs the
// engine, which the page does only in its workers, so nothing of it is in the page's script.

import type { Snapshot } from "../../core/vm/snapshot.ts";
import { hexString, leValue } from "../format/bytes.ts";
import type { Prediction } from "./lessons.ts";

/** The learner's words as an answer: a verdict, or a number (decimal, 0x hex, negative as two's complement). */
export function parsePrediction(p: Prediction, text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (p.kind === "verdict") return t === "accepted" || t === "rejected" ? t : undefined;
  if (!/^-?(0x[0-9a-f]+|\d+)$/.test(t)) return undefined;
  const neg = t.startsWith("-");
  const v = BigInt(neg ? t.slice(1) : t);
  return BigInt.asUintN(64, neg ? -v : v).toString();
}

export const u64 = (v: bigint | number) => BigInt.asUintN(64, BigInt(v)).toString();

/** What the live session shows, for a prediction its command has just run (Run, or `steps` steps). */
export function liveAnswer(p: Exclude<Prediction, { kind: "verdict" }>, s: Pick<Snapshot, "r0" | "regs" | "maps">): string | undefined {
  if (p.kind === "r0") return s.r0 === undefined ? undefined : u64(BigInt(s.r0));
  if (p.kind === "register") return s.regs[p.reg] ? u64(BigInt(s.regs[p.reg].u64)) : undefined;
  const entry = s.maps.find((m) => m.name === p.map)?.entries.find((e) => hexString(e.key) === p.keyHex);
  return entry ? u64(leValue(entry.value.subarray(0, 8))) : undefined;
}
