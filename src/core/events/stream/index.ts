// Streams of events: the event list, the seeded generator, the stream runner and its summary.

export { describeEvent, duplicateEvent, inputOf, insertEvent, moveEvent, removeEvent, replaceEvent } from "./events.ts";
export type { EventInput, EventKind, StreamEvent } from "./events.ts";
export { eventRandom, eventSeed, splitmix32, SplitMix32 } from "./prng.ts";
export type { Random } from "./prng.ts";
export { formatTemplateError, generateEvent, isTemplateError, parseTemplate, parseTemplateText } from "./template.ts";
export type { Draw, Rule, Template, TemplateError } from "./template.ts";
export { StreamTally, summarize, verdictBands } from "./summary.ts";
export type { Counted, StreamSummary, VerdictCount } from "./summary.ts";
export { readJson, isJsonError } from "./jsonloc.ts";
export type { JsonError, Located, Place } from "./jsonloc.ts";

import type { EventInput, StreamEvent } from "./events.ts";
import { Patcher, planPatches } from "./patch.ts";
import type { Template } from "./template.ts";
import { drawValue, generateEvent } from "./template.ts";

/** Something that hands out events by index: a list, or a template with a seed. */
export interface EventSource {
  readonly length: number;
  at(index: number): StreamEvent;
  /**
   * Event i's run input without its description, when that is quicker (patched packets). The
   * input and its bytes are the source's own, valid until the next call: run them (a run copies
   * the packet in) or copy them, and do not change them.
   */
  readonly input?: (index: number) => EventInput;
}

export const listSource = (events: readonly StreamEvent[]): EventSource => ({ length: events.length, at: (i) => events[i] });

/** N events from a template and a seed; event i is made when asked for. */
export function generatedSource(t: Template, seed: number, n: number): EventSource {
  const plan = planPatches(t, drawValue, (i) => generateEvent(t, 0, i));
  const at = (i: number) => generateEvent(t, seed, i);
  if (!plan) return { length: n, at };
  // one frame and one input object for the whole stream: each event is patched into them
  const patcher = new Patcher(plan);
  const input: EventInput = { packet: patcher.frame };
  return {
    length: n,
    at,
    input: (i: number) => {
      patcher.patch(seed, i);
      return input;
    },
  };
}
