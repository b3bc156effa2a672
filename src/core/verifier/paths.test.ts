// What the walk tells about each path beside its state (FrameView.from, .by, .failed): which
// branch it came from, which instruction last wrote each register, which state failed. None of
// it reaches the log: the same program's log is the same with and without kept states.

import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { verify } from "./index.ts";

const run = (text: string, keepStates?: number, progType = "socket_filter") => {
  const a = assemble(text);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return verify(a.program, { progType, logLevel: 2, keepStates });
};

// 0: r0 = 0; 1: r1 = 5; 2: r2 = *(u32 *)(r1 ...) needs ctx; use a scalar from the context
const BRANCHY = [
  "r2 = *(u32 *)(r1 + 0)", // 0: unknown scalar (skb->len)
  "r0 = 0", // 1
  "if r2 > 10 goto big", // 2
  "r0 = 1", // 3
  "goto out", // 4
  "big:",
  "r3 = r2", // 5
  "out:",
  "exit", // 6
].join("\n");

describe("path facts of kept states", () => {
  it("labels each path by the branch it came from, taken or not", () => {
    const v = run(BRANCHY);
    expect(v.accepted).toBe(true);
    // before the branch: the entry's path, not split yet
    expect(v.states.get(2)?.map((s) => s.from)).toEqual([undefined]);
    // the exit is reached both ways (the kernel explores the fall-through first)
    const froms = v.states.get(6)?.map((s) => s.from);
    expect(froms).toContainEqual({ pc: 2, taken: false });
    expect(v.states.get(5)?.map((s) => s.from)).toEqual([{ pc: 2, taken: true }]);
    expect(v.states.get(3)?.map((s) => s.from)).toEqual([{ pc: 2, taken: false }]);
  });

  it("names the instruction that last wrote each register on the path; -1 for what came in at the entry", () => {
    const v = run(BRANCHY);
    const at3 = v.states.get(3)![0];
    expect(at3.by?.[1]).toBe(-1); // r1: the context, from the entry
    expect(at3.by?.[10]).toBe(-1);
    expect(at3.by?.[2]).toBe(0);
    expect(at3.by?.[0]).toBe(1);
    const exits = v.states.get(6)!;
    const notTaken = exits.find((s) => s.from?.taken === false)!;
    expect(notTaken.by?.[0]).toBe(3);
    // the taken path reaches the exit only if a stored state did not cover it; where it does, r3 came from 5
    for (const s of exits.filter((x) => x.from?.taken === true)) expect(s.by?.[3]).toBe(5);
  });

  it("follows a value through a bpf-to-bpf call and back", () => {
    const text = ["r1 = 7", "call f", "exit", "f:", "r0 = r1", "r0 += 1", "exit"].join("\n");
    const v = run(text);
    expect(v.accepted).toBe(true);
    expect(v.states.get(3)![0].by?.[1]).toBe(0); // the argument keeps its writer in the callee
    expect(v.states.get(2)![0].by?.[0]).toBe(4); // r0 after the return: the callee's last write
  });

  it("keeps the failing path's state at the error, marked, even where the list was full", () => {
    const text = [
      "r2 = *(u32 *)(r1 + 0)",
      "r0 = 0",
      "r3 = 0",
      "if r2 > 1 goto a", // 3
      "r3 = 1",
      "a:",
      "if r2 > 2 goto b", // 5
      "r3 = 2",
      "b:",
      "if r2 == 3 goto c", // 7
      "r0 = r3",
      "exit",
      "c:",
      "r0 = r4", // 10: r4 was never written
      "exit",
    ].join("\n");
    for (const keep of [8, 1]) {
      const v = run(text, keep);
      expect(v.accepted).toBe(false);
      expect(v.diagnostics[0].pc).toBe(10);
      const at = v.states.get(10)!;
      expect(at.length).toBeLessThanOrEqual(keep);
      expect(at.at(-1)?.failed).toBe(true);
      expect(at.filter((s) => s.failed)).toHaveLength(1);
      expect(at.at(-1)?.from).toEqual({ pc: 7, taken: true });
    }
  });

  it("leaves the log as it was", () => {
    for (const text of [BRANCHY, "r0 = r2\nexit"]) expect(run(text, 8).log).toBe(run(text, 0).log);
  });
});
