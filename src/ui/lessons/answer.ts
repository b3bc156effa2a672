// A prediction's answer: from a snapshot of the live session (what the page shows), or from the
// engine directly (what the tests check it against), in one canonical text: "accepted" or
// "rejected", or an unsigned 64-bit decimal number. Pure: core calls only.

import { progTypeByName } from "../../core/isa/progtypes.ts";
import type { Snapshot } from "../../core/vm/snapshot.ts";
import { sessionMaps } from "../../core/vm/execute.ts";
import { Run } from "../../core/vm/run.ts";
import { createWorld } from "../../core/vm/world.ts";
import { buildExample, inputOf, leNumber, runExample, toHex, verifyExample } from "../examples/gallery/engine.ts";
import type { GalleryExample } from "../examples/gallery/types.ts";
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

const u64 = (v: bigint | number) => BigInt.asUintN(64, BigInt(v)).toString();

/** What the live session shows, for a prediction its command has just run (Run, or `steps` steps). */
export function liveAnswer(p: Exclude<Prediction, { kind: "verdict" }>, s: Pick<Snapshot, "r0" | "regs" | "maps">): string | undefined {
  if (p.kind === "r0") return s.r0 === undefined ? undefined : u64(BigInt(s.r0));
  if (p.kind === "register") return s.regs[p.reg] ? u64(BigInt(s.regs[p.reg].u64)) : undefined;
  const entry = s.maps.find((m) => m.name === p.map)?.entries.find((e) => toHex(e.key) === p.keyHex);
  return entry ? u64(leNumber(entry.value)) : undefined;
}

/** The engine's answer, from the example alone. */
export function engineAnswer(p: Prediction, e: GalleryExample): string | undefined {
  const b = buildExample(e);
  if (!b.ok) return undefined;
  if (p.kind === "verdict") return verifyExample(e, b.program).accepted ? "accepted" : "rejected";
  if (p.kind === "register") {
    const progType = progTypeByName(e.progType);
    const maps = sessionMaps(b.program, 2, []);
    if (!progType || typeof maps === "string") return undefined;
    const run = new Run({ program: b.program, progType, input: inputOf(e), maps, world: createWorld(), cpu: 0 });
    run.run(p.steps);
    return u64(run.machine.reg(p.reg));
  }
  const r = runExample(e, b.program);
  if (typeof r === "string") return undefined;
  if (p.kind === "r0") return r.r0 === undefined ? undefined : u64(r.r0);
  const d = r.maps[p.map];
  const entry = d?.kind === "entries" ? d.entries.find((x) => toHex(x.key) === p.keyHex) : undefined;
  return entry ? u64(leNumber(entry.value)) : undefined;
}
