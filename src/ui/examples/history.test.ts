import { describe, expect, it } from "vitest";
import { LoadHistory } from "./history.ts";
import type { DocumentSettings } from "./history.ts";

const doc = (text: string, progType: string, language: "c" | "asm" = "asm"): DocumentSettings => ({ text, language, dialect: "llvm", progType });

describe("LoadHistory", () => {
  it("gives back what a load replaced when an undo lands on the text before it, and the load's on a redo", () => {
    const h = new LoadHistory();
    const starter = doc("// C\n", "xdp", "c");
    const endless = doc("r0 = 0\n", "socket_filter");
    h.record(starter, endless);
    expect(h.settingsFor("// C\n", "undo")).toEqual(starter);
    expect(h.settingsFor("r0 = 0\n", "redo")).toEqual(endless);
    // an undo of the user's own typing lands elsewhere
    expect(h.settingsFor("// C!\n", "undo")).toBeUndefined();
    // a redo to the text before a load is no redo of that load
    expect(h.settingsFor("// C\n", "redo")).toBeUndefined();
  });

  it("undoes the newest load first when two loads replaced the same text", () => {
    const h = new LoadHistory();
    h.record(doc("a", "kprobe"), doc("b", "xdp"));
    h.record(doc("a", "sched_cls"), doc("c", "xdp"));
    expect(h.settingsFor("a", "undo")?.progType).toBe("sched_cls");
  });

  it("forgets the oldest loads past its limit", () => {
    const h = new LoadHistory();
    h.record(doc("first", "kprobe"), doc("x0", "xdp"));
    for (let k = 1; k <= 40; k++) h.record(doc(`t${k}`, "xdp"), doc(`x${k}`, "xdp"));
    expect(h.settingsFor("first", "undo")).toBeUndefined();
    expect(h.settingsFor("t40", "undo")?.text).toBe("t40");
  });
});
