import { describe, expect, it } from "vitest";
import { StreamTally, summarize, verdictBands } from "./summary.ts";
import type { Counted } from "./summary.ts";

describe("stream summary", () => {
  it("counts verdicts in order of first appearance and takes min, median, max, mean", () => {
    const t = new StreamTally(2); // grows past its first capacity
    const events = [
      { verdict: "XDP_PASS", insns: 10 },
      { verdict: "XDP_DROP", insns: 4 },
      { verdict: "XDP_PASS", insns: 12 },
      { verdict: "fault", insns: 7, fault: { kind: "memory", pc: 3, message: "m" } },
      { verdict: "XDP_PASS", insns: 30 },
    ];
    for (const e of events) t.add(e as Counted);
    const s = t.summary(2);
    expect(s.verdicts).toEqual([
      { verdict: "XDP_PASS", count: 3 },
      { verdict: "XDP_DROP", count: 1 },
      { verdict: "fault", count: 1 },
    ]);
    expect(s.faults).toBe(1);
    // sorted 4 7 10 12 30
    expect(s.insns).toEqual({ min: 4, median: 10, max: 30, mean: 63 / 5, total: 63 });
    expect(s.events).toBe(5);
    expect(s.eventsPerSecond).toBe(2500);
  });

  it("takes the lower middle as the median of an even count, and is all zeros for no events", () => {
    expect(summarize(["a"], Uint16Array.of(0, 0, 0, 0), Uint32Array.of(9, 1, 5, 3), 0, 0).insns.median).toBe(3);
    const empty = summarize([], new Uint16Array(0), new Uint32Array(0), 0, 0);
    expect(empty).toEqual({ events: 0, verdicts: [], faults: 0, insns: { min: 0, median: 0, max: 0, mean: 0, total: 0 }, ms: 0, eventsPerSecond: 0 });
  });

  it("cuts the stream into equal bands of verdict counts", () => {
    const ids = Uint16Array.of(0, 0, 1, 1, 1, 0, 2);
    const b = verdictBands(ids, 3, 3);
    expect(b).toEqual([
      { start: 0, end: 2, counts: [2, 0, 0] },
      { start: 2, end: 4, counts: [0, 2, 0] },
      { start: 4, end: 7, counts: [1, 1, 1] },
    ]);
    expect(verdictBands(Uint16Array.of(1), 2, 200)).toEqual([{ start: 0, end: 1, counts: [0, 1] }]);
  });
});
