import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import type { BreakpointSpec, DebugCommand, DebugError, DebugInput, DebugReply, DebugState } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { DebugSession } from "./session.ts";

const v = PROTOCOL_VERSION;
const PACKET = "02000000000202000000000108004500002e000000004006000000000000000000000000000000000000000000000000000000000000000000000000";

/** A session whose clock moves 10 ms per reading when `slow`, so that every chunk ends a time slice. */
function harness(slow = false) {
  const replies: DebugReply[] = [];
  let clock = 0;
  const now = slow ? () => (clock += 10) : () => performance.now();
  const session = new DebugSession({ post: (r) => replies.push(r), tick: () => new Promise((r) => setTimeout(r, 0)), now });
  let id = 0;
  const input = (text: string, more: Partial<DebugInput> = {}): DebugInput => ({ program: assemble(text).program, progType: "socket_filter", packetHex: PACKET, ctxHex: "", ...more });
  return {
    replies,
    start(text: string, o: { command?: DebugCommand; breakpoints?: BreakpointSpec[]; input?: Partial<DebugInput> } = {}) {
      session.handle({ type: "debug-start", v, id: ++id, input: input(text, o.input), breakpoints: o.breakpoints ?? [], command: o.command });
    },
    send(command: DebugCommand) {
      session.handle({ type: "debug-command", v, id: ++id, command });
    },
    pause() {
      session.handle({ type: "debug-pause", v, id: ++id });
    },
    breakpoints(breakpoints: BreakpointSpec[]) {
      session.handle({ type: "debug-breakpoints", v, id: ++id, breakpoints });
    },
    last(): DebugReply {
      return replies[replies.length - 1];
    },
    state(): DebugState {
      const r = replies[replies.length - 1];
      if (r.type !== "debug-state") throw new Error(`expected a state, got ${JSON.stringify(r)}`);
      return r;
    },
    /** Waits until the running command has stopped. */
    async settle(): Promise<DebugState> {
      for (let k = 0; k < 10_000; k++) {
        const r = replies[replies.length - 1];
        if (r?.type === "debug-error" || (r?.type === "debug-state" && !r.running)) break;
        await new Promise((res) => setTimeout(res, 1));
      }
      return this.state();
    },
  };
}

const COUNT = "r0 = 1\nr0 += 2\nr0 *= 3\nexit";
const LOOP = "r0 = 0\nloop:\nr0 += 1\ngoto loop";
const CALL = "r1 = 7\ncall square\nr0 += 1\nexit\nsquare:\nr0 = r1\nr0 *= r1\nexit";

describe("DebugSession", () => {
  it("starts ready at the first instruction and steps one at a time", () => {
    const h = harness();
    h.start(COUNT);
    expect(h.state()).toMatchObject({ running: false, line: 1, snapshot: { status: "ready", pc: 0 } });
    h.send({ kind: "step" });
    h.send({ kind: "step" });
    const s = h.state();
    expect(s.snapshot.regs[0].u64).toBe("3");
    expect(s.snapshot.changed).toEqual([0]);
    expect(s).toMatchObject({ line: 3, command: "step", snapshot: { pc: 2, history: { length: 2, limit: 100_000 }, reason: "stepped" } });
  });

  it("steps back to the earlier value", () => {
    const h = harness();
    h.start(COUNT, { command: { kind: "step" } });
    h.send({ kind: "step" });
    h.send({ kind: "stepBack" });
    expect(h.state().snapshot.regs[0].u64).toBe("1");
    expect(h.state().snapshot.history.length).toBe(1);
  });

  it("continues to a breakpoint on a source line, and to the end", async () => {
    const h = harness();
    h.start(COUNT, { breakpoints: [{ line: 3 }], command: { kind: "continue" } });
    expect(await h.settle()).toMatchObject({ line: 3, snapshot: { pc: 2, reason: "stopped at a breakpoint" }, breakpoints: [{ line: 3, pc: 2 }] });
    h.send({ kind: "continue" });
    expect(await h.settle()).toMatchObject({ snapshot: { status: "exited", r0: "0x9" } });
  });

  it("binds a breakpoint on a label to the instruction below it, and reports bad conditions", () => {
    const h = harness();
    h.start(LOOP, { breakpoints: [{ line: 2 }, { line: 4, condition: "r0 ==" }, { line: 9 }] });
    expect(h.state().breakpoints).toMatchObject([{ line: 2, pc: 1 }, { line: 4, condition: "r0 ==", error: expect.stringContaining("condition") }, { line: 9 }]);
    expect(h.state().breakpoints[1].pc).toBeUndefined();
    expect(h.state().breakpoints[2].pc).toBeUndefined();
  });

  it("stops at a conditional breakpoint only when the condition holds, in both kinds of run", async () => {
    for (const kind of ["continue", "run"] as const) {
      const h = harness();
      h.start(LOOP, { breakpoints: [{ line: 4, condition: "r0 == 5" }], command: { kind } });
      const s = await h.settle();
      expect(s.snapshot).toMatchObject({ pc: 2, reason: "stopped at a breakpoint" });
      expect(s.snapshot.regs[0].u64).toBe("5");
    }
  });

  it("stops Run at a breakpoint on the first instruction before it runs", async () => {
    const h = harness();
    h.start(COUNT, { breakpoints: [{ line: 1 }], command: { kind: "run" } });
    expect((await h.settle()).snapshot).toMatchObject({ pc: 0, executed: 0, reason: "stopped at a breakpoint" });
    h.send({ kind: "run" });
    expect((await h.settle()).snapshot).toMatchObject({ pc: 0, executed: 0 });
    h.send({ kind: "continue" });
    expect((await h.settle()).snapshot).toMatchObject({ status: "exited" });
  });

  it("stops an endless loop with the budget, without blocking", async () => {
    const h = harness(true);
    h.start(LOOP, { command: { kind: "run" }, input: { budget: 3_000_000 } });
    expect(h.replies).toEqual([]); // the first slice ended without an answer: the command yields
    const s = await h.settle();
    expect(h.replies.filter((r) => r.type === "debug-state" && r.running).length).toBeGreaterThan(1);
    expect(s.snapshot).toMatchObject({ status: "budget", reason: "the instruction budget of 3,000,000 ran out (an endless loop?)", executed: 3_000_000 });
    expect(s.snapshot.history.length).toBe(0);
  });

  it("pauses a running continue where it is", async () => {
    const h = harness(true);
    h.start(LOOP, { command: { kind: "continue" } });
    await new Promise((r) => setTimeout(r, 5));
    h.pause();
    const s = h.state();
    expect(s).toMatchObject({ running: false, snapshot: { status: "paused", reason: "paused" } });
    expect(s.snapshot.executed).toBeGreaterThan(0);
    // the abandoned command posts nothing more
    const n = h.replies.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(h.replies.length).toBe(n);
  });

  it("steps over a bpf-to-bpf call and out of one", async () => {
    const h = harness();
    h.start(CALL, { command: { kind: "step" } });
    h.send({ kind: "stepOver" });
    expect((await h.settle()).snapshot).toMatchObject({ pc: 2, frames: [{ depth: 0 }] });
    expect(h.state().snapshot.regs[0].u64).toBe("49");
    h.start(CALL, { command: { kind: "step" } });
    h.send({ kind: "step" });
    expect(h.state().snapshot.frames).toHaveLength(2);
    expect(h.state().functions).toEqual(["main", "square"]);
    h.send({ kind: "stepOut" });
    expect((await h.settle()).snapshot).toMatchObject({ pc: 2, frames: [{ depth: 0 }] });
  });

  it("runs to the cursor line", async () => {
    const h = harness();
    h.start(COUNT, { command: { kind: "runToCursor", line: 4 } });
    expect((await h.settle()).snapshot).toMatchObject({ pc: 3 });
  });

  it("marks the stack bytes a step wrote", () => {
    const h = harness();
    h.start("r1 = 0x2a\n*(u64 *)(r10 - 8) = r1\nexit", { command: { kind: "step" } });
    h.send({ kind: "step" });
    expect(h.state().changedStack).toEqual([[504]]);
    expect(h.state().snapshot.frames[0].stack[504]).toBe(0x2a);
  });

  it("sends only the newest trace lines and counts them all", async () => {
    const h = harness();
    const printk = "r1 = 0x6968 ll\n*(u64 *)(r10 - 8) = r1\nr6 = 0\nloop:\nr1 = r10\nr1 += -8\nr2 = 3\ncall bpf_trace_printk\nr6 += 1\nif r6 < 600 goto loop\nr0 = 0\nexit";
    h.start(printk, { command: { kind: "run" } });
    const s = await h.settle();
    expect(s.traceTotal).toBe(600);
    expect(s.snapshot.trace).toHaveLength(500);
    expect(s.snapshot.trace[0]).toBe("hi");
  });

  it("names the input at fault", () => {
    const h = harness();
    h.start(COUNT, { input: { packetHex: "00 11 zz" } });
    expect(h.last()).toMatchObject({ type: "debug-error", field: "packet", column: 6 } satisfies Partial<DebugError>);
    h.start(COUNT, { input: { packetHex: "0011" } });
    expect(h.last()).toMatchObject({ field: "packet", message: expect.stringContaining("14 bytes") });
    h.start("; no instructions");
    expect(h.last()).toMatchObject({ field: "program", message: expect.stringContaining("no instructions") });
    h.start(COUNT, { input: { progType: "nonsense" } });
    expect(h.last()).toMatchObject({ field: "progType" });
    h.send({ kind: "step" });
    expect(h.last()).toMatchObject({ field: "session" });
  });
});
