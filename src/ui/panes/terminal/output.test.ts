import { describe, expect, it } from "vitest";
import type { DebugError, DebugState, Snapshot } from "../../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../../protocol/index.ts";
import { verdict } from "../../format/verdict.ts";
import { NOTHING_PRINTED, terminalOutput, traceLine } from "./output.ts";
import type { Printed } from "./output.ts";

function state(o: { trace?: string[]; total?: number; session?: number; run?: number; status?: Snapshot["status"]; running?: boolean; executed?: number; r0?: string }): DebugState {
  const trace = o.trace ?? [];
  return {
    type: "debug-state",
    v: PROTOCOL_VERSION,
    id: 1,
    session: o.session ?? 1,
    run: o.run ?? 0,
    running: o.running ?? false,
    line: 3,
    traceTotal: o.total ?? trace.length,
    changedStack: [],
    changedMemory: [],
    timeline: { first: 0, furthest: o.executed ?? 0 },
    functions: [],
    breakpoints: [],
    locals: [],
    budget: 1_000_000,
    snapshot: { status: o.status ?? "paused", pc: 0, regs: [], changed: [], frames: [], memory: [], maps: [], trace, executed: o.executed ?? 500, history: { length: 0, limit: 100_000 }, r0: o.r0, reason: "the instruction budget of 1,000,000 ran out (an endless loop?)" },
  } as DebugState;
}

const ESC = String.fromCharCode(27);
const plain = (lines: string[]) => lines.map((l) => l.split(ESC).map((p, k) => (k ? p.replace(/^\[\d+m/, "") : p)).join(""));

function feed(states: DebugState[], progType = "xdp"): string[] {
  let printed: Printed = NOTHING_PRINTED;
  const out: string[] = [];
  for (const s of states) {
    const r = terminalOutput(printed, { state: s, progType });
    out.push(...plain(r.lines));
    printed = r.printed;
  }
  return out;
}

describe("the terminal", () => {
  it("prints a trace line as trace_pipe does", () => {
    expect(traceLine("hello 5", 6_172_839)).toBe("           <...>-4242    [000] d..31     1.012345: bpf_trace_printk: hello 5");
    // a kernel event's task: its comm and pid
    expect(traceLine("hi", 0, 0, { pid: 31337, comm: "ssh" })).toBe("             ssh-31337   [000] d..31     1.000000: bpf_trace_printk: hi");
  });

  it("prints each trace line once, again after a step back and forward, and anew in a new run", () => {
    const lines = feed([state({ trace: ["a"] }), state({ trace: ["a", "b"] }), state({ trace: ["a"] }), state({ trace: ["a", "b"] }), state({ trace: ["a"], run: 1 })]);
    expect(lines.map((l) => l.split(": ").pop())).toEqual(["a", "b", "b", "a"]);
  });

  it("says how many lines it skipped when more came than a state carries", () => {
    expect(feed([state({ trace: ["y", "z"], total: 10 })])[0]).toBe("… 8 lines not shown");
  });

  it("prints the end of a run once, with the verdict's name", () => {
    const exited = state({ status: "exited", r0: "0x2", executed: 31 });
    expect(feed([exited, exited])).toEqual(["✓ exited: r0 = 2 (XDP_PASS), 31 instructions executed"]);
    expect(feed([state({ status: "budget", executed: 1_000_000 })])).toEqual(["■ stopped: the instruction budget of 1,000,000 ran out (an endless loop?)"]);
    expect(feed([state({ status: "budget", running: true })])).toEqual([]);
  });

  it("prints an error once", () => {
    const error = { type: "debug-error", v: PROTOCOL_VERSION, id: 3, field: "packet", message: "Packet (hex): bad" } as DebugError;
    const r = terminalOutput(NOTHING_PRINTED, { error, progType: "xdp" });
    expect(plain(r.lines)).toEqual(["error: Packet (hex): bad"]);
    expect(terminalOutput(r.printed, { error, progType: "xdp" }).lines).toEqual([]);
  });

  it("names verdicts where the program type has them", () => {
    expect(verdict(1n, "xdp")).toBe("1 (XDP_DROP)");
    expect(verdict(2n, "sched_cls")).toBe("2 (TC_ACT_SHOT)");
    expect(verdict(25n, "socket_filter")).toBe("25 (0x19)");
  });
});
