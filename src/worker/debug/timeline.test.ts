// The timeline's `goto` command: to any step already executed (back through history, forward by
// re-running), with the reach of the timeline in each state.

import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import type { BreakpointSpec, DebugCommand, DebugReply, DebugState } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { DebugSession } from "./session.ts";

const v = PROTOCOL_VERSION;
const PACKET = "02000000000202000000000108004500002e000000004006000000000000000000000000000000000000000000000000000000000000000000000000";

/** A session; with `slow`, a clock that moves 10 ms per reading, so every chunk ends a time slice. */
function harness(text: string, o: { breakpoints?: BreakpointSpec[]; slow?: boolean } = {}) {
  const replies: DebugReply[] = [];
  let clock = 0;
  const now = o.slow ? () => (clock += 10) : () => performance.now();
  const session = new DebugSession({ post: (r) => replies.push(r), tick: () => new Promise((r) => setTimeout(r, 0)), now });
  let id = 0;
  const program = assemble(text).program;
  session.handle({ type: "debug-start", v, id: ++id, input: { program, progType: "socket_filter", packetHex: PACKET, ctxHex: "" }, breakpoints: o.breakpoints ?? [] });
  return {
    async send(command: DebugCommand): Promise<DebugState> {
      session.handle({ type: "debug-command", v, id: ++id, command });
      for (let k = 0; k < 10_000; k++) {
        const r = replies[replies.length - 1];
        if (r.type === "debug-error") throw new Error(r.message);
        if (r.id === id && !r.running) return r;
        await new Promise((res) => setTimeout(res, 1));
      }
      throw new Error("the command did not settle");
    },
  };
}

/** r0 counts up by 1, 2, 3, ...: each step leaves a different r0 (and r6 counts the laps). */
const COUNTER = "r0 = 0\nr6 = 0\nloop:\nr6 += 1\nr0 += r6\nif r6 < 100 goto loop\nexit";
const regs = (s: DebugState) => s.snapshot.regs.map((r) => r.hex);

describe("goto (the timeline)", () => {
  it("goes back to step 3 and forward to step 6, with the registers the steps had", async () => {
    const h = harness(COUNTER);
    const seen: string[][] = [];
    let s: DebugState | undefined;
    for (let k = 0; k < 7; k++) {
      s = await h.send({ kind: "step" });
      seen.push(regs(s));
    }
    expect(s!.timeline).toEqual({ first: 0, furthest: 7 });
    s = await h.send({ kind: "goto", step: 3 });
    expect(s.snapshot.executed).toBe(3);
    expect(regs(s)).toEqual(seen[2]);
    expect(s.snapshot.history.length).toBe(3);
    // the end of the timeline stays where the run got to
    expect(s.timeline).toEqual({ first: 0, furthest: 7 });
    s = await h.send({ kind: "goto", step: 6 });
    expect(s.snapshot.executed).toBe(6);
    expect(regs(s)).toEqual(seen[5]);
    expect(s.snapshot.pc).toBe(3);
    expect(s.timeline).toEqual({ first: 0, furthest: 7 });
    s = await h.send({ kind: "goto", step: 0 });
    expect(s.snapshot).toMatchObject({ executed: 0, pc: 0 });
  });

  it("marks the registers that changed since where it started", async () => {
    const h = harness(COUNTER);
    for (let k = 0; k < 5; k++) await h.send({ kind: "step" });
    const s = await h.send({ kind: "goto", step: 1 });
    // r0 was 3 at step 5 and 0 at step 1; r6 was 2 and 0
    expect(s.snapshot.changed).toEqual([0, 6]);
  });

  it("goes forward from the start, recording history, and never past the end", async () => {
    const h = harness(COUNTER);
    let s = await h.send({ kind: "goto", step: 10 });
    expect(s.snapshot).toMatchObject({ executed: 10, history: { length: 10 } });
    s = await h.send({ kind: "stepBack" });
    expect(s.snapshot.executed).toBe(9);
    s = await h.send({ kind: "goto", step: 1_000_000 });
    expect(s.snapshot).toMatchObject({ status: "exited", executed: 303 });
    expect(s.snapshot.regs[0].u64).toBe(String((100 * 101) / 2));
    expect(s.timeline).toEqual({ first: 0, furthest: 303 });
  });

  it("does not stop at breakpoints", async () => {
    const h = harness(COUNTER, { breakpoints: [{ line: 4 }] });
    const s = await h.send({ kind: "goto", step: 20 });
    expect(s.snapshot).toMatchObject({ executed: 20, reason: "stepped" });
  });

  it("cannot go back before the history: after Run there is none", async () => {
    const h = harness(COUNTER);
    let s = await h.send({ kind: "run" });
    expect(s.timeline).toEqual({ first: 303, furthest: 303 });
    s = await h.send({ kind: "goto", step: 5 });
    expect(s.snapshot).toMatchObject({ executed: 303, status: "exited" });
  });

  it("a long goto runs in time slices and lands on its step", async () => {
    const h = harness("r0 = 0\nloop:\nr0 += 1\ngoto loop", { slow: true });
    const s = await h.send({ kind: "goto", step: 5000 });
    expect(s.snapshot.executed).toBe(5000);
    expect(s.snapshot.regs[0].u64).toBe("2500");
    const back = await h.send({ kind: "goto", step: 1001 });
    expect(back.snapshot.regs[0].u64).toBe("500");
    expect(back.timeline).toEqual({ first: 0, furthest: 5000 });
  });

  it("replays a helper's random value identically after going back", async () => {
    const h = harness("call bpf_get_prandom_u32\nr6 = r0\ncall bpf_get_prandom_u32\nexit");
    const ahead = await h.send({ kind: "goto", step: 3 });
    await h.send({ kind: "goto", step: 0 });
    const again = await h.send({ kind: "goto", step: 3 });
    expect(regs(again)).toEqual(regs(ahead));
  });
});
