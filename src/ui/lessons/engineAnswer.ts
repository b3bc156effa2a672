// The engine's answer to a lesson's prediction, from the example alone (compiled, verified and
// run here, not read from the page): what lessons.test.ts holds the live answer (answer.ts) to.
// Test code: the page never imports it (the engine runs in the page's workers only).

import { progTypeByName } from "../../core/isa/progtypes.ts";
import { sessionMaps } from "../../core/vm/execute.ts";
import { Run } from "../../core/vm/run.ts";
import { createWorld } from "../../core/vm/world.ts";
import { leValue } from "../format/bytes.ts";
import { buildExample, inputOf, runExample, toHex, verifyExample } from "../examples/gallery/engine.ts";
import type { GalleryExample } from "../examples/gallery/types.ts";
import { u64 } from "./answer.ts";
import type { Prediction } from "./lessons.ts";

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
  return entry ? u64(leValue(entry.value.subarray(0, 8))) : undefined;
}
