// `event list` and `event select <n>`: the Events pane's stream from the terminal.
import { describe, expect, it } from "vitest";
import { complete, runLine } from "./console.ts";
import type { ConsoleContext } from "./console.ts";

function context(o: Partial<ConsoleContext> = {}) {
  const selected: number[] = [];
  const c: ConsoleContext = {
    locals: [],
    listing: [],
    breakpoints: [],
    maps: [],
    seeds: [],
    setSeeds: () => {},
    isC: false,
    command: () => {},
    setBreakpoint: () => {},
    removeBreakpoint: () => {},
    reset: () => {},
    clear: () => {},
    events: ["stream of 3 events: XDP_PASS 2, XDP_DROP 1; events 0-2:", "       0  XDP_PASS        9 insns  TCP 10.0.0.1:1 → 10.0.0.2:80 [S]"],
    selectEvent: (n) => (n > 2 ? "the stream ran 3 events (0 to 2)" : (selected.push(n), undefined)),
    ...o,
  };
  return { c, selected };
}

describe("event commands", () => {
  it("list the stream's events and select one for the debugger", () => {
    const { c, selected } = context();
    expect(runLine("event list", c)).toEqual(c.events);
    expect(runLine("event select 1", c)).toEqual(["event 1: the debugger starts on it with the maps as they were before it"]);
    expect(selected).toEqual([1]);
    expect(runLine("event select 7", c)).toEqual(["the stream ran 3 events (0 to 2)"]);
    expect(runLine("event select x", c)).toEqual(["'x' is not an event number"]);
    expect(runLine("event", c)).toEqual(["usage: event list | event select <n>"]);
    expect(runLine("event list", context({ events: [] }).c)).toEqual(["no events: make a stream in the Events tab (Generator or Event list)"]);
  });

  it("complete and show in help", () => {
    const { c } = context();
    expect(runLine("help event", c).join("\n")).toMatch(/event list \| event select <n>/);
    expect(JSON.stringify(complete("event s", c))).toMatch(/select/);
  });
});
