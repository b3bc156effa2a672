// The session store decides when a command needs a new session and which replies count.

import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DebugReply, DebugState } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";

// The stores keep their inputs in localStorage, which Node lacks: an in-memory one, before they load.
vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  Object.assign(globalThis, { localStorage: storage });
});

import { assemble } from "../../core/asm/index.ts";
import { useBuild } from "./build.ts";
import { useSession } from "./session.ts";

type Sent = { type: string; body: Record<string, unknown>; id: number };

function connect(): Sent[] {
  const sent: Sent[] = [];
  let id = 0;
  useSession.getState().connect((type, body) => {
    sent.push({ type, body: body as Record<string, unknown>, id: ++id });
    return id;
  });
  return sent;
}

const state = (id: number, o: Partial<DebugState> = {}): DebugReply =>
  ({ type: "debug-state", v: PROTOCOL_VERSION, id, session: 1, run: 0, running: false, line: 1, traceTotal: 0, changedStack: [], changedMemory: [], functions: [], breakpoints: [], budget: 1_000_000, snapshot: { status: "paused", history: { length: 1, limit: 100_000 } }, ...o }) as DebugReply;

describe("the session store", () => {
  beforeEach(() => {
    useSession.setState({ state: undefined, error: undefined, stale: true, running: false, startId: 0, breakpoints: [], queued: undefined });
    useBuild.setState({ program: assemble("r0 = 1\nexit").program, problem: undefined, behind: false });
  });

  it("starts a session for the first command, then sends commands to it", () => {
    const sent = connect();
    useSession.getState().command({ kind: "step" });
    expect(sent[0]).toMatchObject({ type: "debug-start", body: { input: { program: { insns: [{ code: 0xb7 }, { code: 0x95 }] }, progType: "socket_filter" }, command: { kind: "step" } } });
    useSession.getState().received(state(1));
    useSession.getState().command({ kind: "continue" });
    expect(sent[1]).toMatchObject({ type: "debug-command", body: { command: { kind: "continue" } } });
    expect(useSession.getState().running).toBe(true);
  });

  it("starts nothing while the program has errors, and says why", () => {
    const sent = connect();
    useBuild.setState({ program: undefined, problem: "the program has 1 error; fix it first" });
    useSession.getState().command({ kind: "step" });
    expect(sent).toEqual([]);
    expect(useSession.getState().error).toMatchObject({ field: "program", message: "the program has 1 error; fix it first" });
  });

  it("starts again after the document changed", () => {
    const sent = connect();
    useSession.getState().reset();
    useSession.getState().received(state(1));
    useSession.getState().invalidate();
    useSession.getState().command({ kind: "step" });
    expect(sent.map((s) => s.type)).toEqual(["debug-start", "debug-start"]);
  });

  it("drops replies to requests older than the newest start", () => {
    connect();
    useSession.getState().reset();
    useSession.getState().reset();
    useSession.getState().received(state(1, { line: 7 }));
    expect(useSession.getState().state).toBeUndefined();
    useSession.getState().received(state(2, { line: 8 }));
    expect(useSession.getState().state?.line).toBe(8);
  });

  it("keeps breakpoints by line, sends them to a live session, and merges ones pushed together", () => {
    const sent = connect();
    useSession.getState().reset();
    useSession.getState().received(state(1));
    useSession.getState().toggleBreakpoint(5);
    useSession.getState().toggleBreakpoint(2);
    useSession.getState().setCondition(5, " r1 == 1 ");
    expect(useSession.getState().breakpoints).toEqual([{ line: 2 }, { line: 5, condition: "r1 == 1" }]);
    expect(sent.at(-1)).toMatchObject({ type: "debug-breakpoints", body: { breakpoints: [{ line: 2 }, { line: 5, condition: "r1 == 1" }] } });
    useSession.getState().moveBreakpoints([4, 4]);
    expect(useSession.getState().breakpoints).toEqual([{ line: 4 }]);
  });

  it("forgets the session when a start fails", () => {
    connect();
    useSession.getState().reset();
    useSession.getState().received({ type: "debug-error", v: PROTOCOL_VERSION, id: 1, field: "packet", message: "bad" });
    expect(useSession.getState()).toMatchObject({ state: undefined, error: { field: "packet" }, running: false });
  });

  it("holds a command given while the build is behind the text, and runs it on the new program", () => {
    const sent = connect();
    useSession.getState().toggleBreakpoint(3);
    useBuild.getState().outdated();
    useSession.getState().command({ kind: "continue" });
    expect(sent).toEqual([]);
    expect(useSession.getState()).toMatchObject({ queued: { command: { kind: "continue" } }, running: true });
    const program = assemble("r0 = 1\nr0 = 2\nexit").program;
    useBuild.setState({ program, behind: false });
    useSession.getState().caughtUp();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "debug-start", body: { input: { program: { insns: [{}, {}, {}] } }, breakpoints: [{ line: 3 }], command: { kind: "continue" } } });
    expect(useSession.getState().queued).toBeUndefined();
  });
});
