// Every lesson's prediction has an answer, and the page and the engine give the same one: the
// answer the page reads from the live session's snapshot (liveAnswer) is the one the engine
// computes from the example alone (engineAnswer). Neither is written in the lesson.

import { describe, expect, it } from "vitest";
import { progTypeByName } from "../../core/isa/progtypes.ts";
import { Debugger } from "../../core/vm/debugger.ts";
import { sessionMaps } from "../../core/vm/execute.ts";
import { snapshot } from "../../core/vm/snapshot.ts";
import { createWorld } from "../../core/vm/world.ts";
import { buildExample, inputOf } from "../examples/gallery/engine.ts";
import { galleryById } from "../examples/gallery/index.ts";
import { liveAnswer, parsePrediction } from "./answer.ts";
import { engineAnswer } from "./engineAnswer.ts";
import { LESSONS } from "./lessons.ts";
import type { Lesson } from "./lessons.ts";

/** The snapshot the worker sends after the lesson's command: the end of a Run, or `steps` steps. */
function liveSnapshot(l: Lesson) {
  const e = galleryById(l.example)!;
  const b = buildExample(e);
  if (!b.ok) throw new Error(`${l.id}: does not build`);
  const maps = sessionMaps(b.program, 2, []);
  if (typeof maps === "string") throw new Error(maps);
  const dbg = new Debugger({ program: b.program, progType: progTypeByName(e.progType)!, input: inputOf(e), maps, world: createWorld() });
  if (l.prediction.kind === "register") for (let k = 0; k < l.prediction.steps; k++) dbg.stepInto();
  else dbg.continue();
  return snapshot(dbg, maps);
}

describe("the lessons", () => {
  it("are at least 8, with unique ids, each on a gallery example", () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) expect(galleryById(l.example), l.id).toBeDefined();
  });

  for (const l of LESSONS) {
    it(`${l.id}: ${l.prediction.prompt}`, () => {
      const e = galleryById(l.example)!;
      const answer = engineAnswer(l.prediction, e);
      expect(answer).toBeDefined();
      // the learner can type it
      expect(parsePrediction(l.prediction, answer!)).toBe(answer);
      if (l.prediction.kind === "verdict") {
        // the gallery's stated verdict for the example is the engine's
        expect(answer).toBe(e.outcome?.verdict);
        return;
      }
      expect(liveAnswer(l.prediction, liveSnapshot(l))).toBe(answer);
    });
  }

  it("reads a prediction in decimal, hex or as a negative number", () => {
    const r0 = { kind: "r0", prompt: "" } as const;
    expect(parsePrediction(r0, " 25 ")).toBe("25");
    expect(parsePrediction(r0, "0x19")).toBe("25");
    expect(parsePrediction(r0, "-1")).toBe("18446744073709551615");
    expect(parsePrediction(r0, "twenty")).toBeUndefined();
    expect(parsePrediction({ kind: "verdict", prompt: "" }, "Rejected")).toBe("rejected");
  });
});
