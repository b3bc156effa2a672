// The Stream panel's state: the event list and the generator's settings (saved in the document),
// and the last run as the stream worker reported it: progress, summary, per-event verdicts, the
// page of events shown, the selected event and the maps after it. Requests go to the stream
// worker through its client (workerClient.ts); "Debug this event" hands the event and the maps
// as they were before it to the debug session (its packet and map seeds), which starts afresh.

import { create } from "zustand";
import type { FromStream, StreamEvent, StreamMaps, StreamRowView, StreamSummary } from "../../protocol/index.ts";
import type { SharedStream } from "../../core/permalink/index.ts";
import { useBuild } from "./build.ts";
import { useSession } from "./session.ts";
import { useKernelEvent } from "./kernelEvent.ts";
import { createStreamClient } from "../workerClient.ts";
import type { StreamClient } from "../workerClient.ts";
import { describeEvent } from "../../core/events/stream/events.ts";
import { DEFAULT_TEMPLATE } from "../panes/events/generatorForm.ts";
import { runSeeds } from "../panes/maps/seeds.ts";

export const PAGE = 50;

export interface StreamResult {
  readonly summary: StreamSummary;
  readonly names: readonly string[];
  readonly verdictOf: Uint16Array;
  readonly insnsOf: Uint32Array;
  readonly cancelled: boolean;
  readonly total: number;
  readonly progType: string;
}

export interface StreamState {
  readonly mode: "generate" | "list";
  readonly events: readonly StreamEvent[];
  readonly count: number;
  readonly seed: number;
  readonly template: string;
  readonly runId: number;
  readonly running: boolean;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly result?: StreamResult;
  readonly rows: readonly StreamRowView[];
  readonly selected?: number;
  readonly maps?: StreamMaps;
  readonly error?: string;
  /** Set when "Debug this event" handed the event to the debugger. */
  readonly debugging?: number;

  set(patch: Partial<Pick<StreamState, "mode" | "events" | "count" | "seed" | "template">>): void;
  run(): void;
  cancel(): void;
  page(from: number): void;
  select(index: number): void;
  debug(index: number): void;
  received(msg: FromStream): void;
  /** A document's stream settings, or the defaults. */
  load(shared: SharedStream | undefined): void;
}

let client: StreamClient | undefined;
/** The request ids rows and maps replies answer: an older reply is dropped. */
const asked = { rows: 0, maps: 0, debug: -1 };

function connect(): StreamClient {
  if (!client) {
    client = createStreamClient();
    client.onMessage((m) => useStream.getState().received(m));
  }
  return client;
}

const defaults = { mode: "generate" as const, events: [] as readonly StreamEvent[], count: 10_000, seed: 1, template: DEFAULT_TEMPLATE };

export const useStream = create<StreamState>()((set, get) => ({
  ...defaults,
  runId: 0,
  running: false,
  rows: [],

  set: (patch) => set(patch),

  run: () => {
    const { program, problem } = useBuild.getState();
    if (!program) return set({ error: problem ?? "the program is still being built" });
    const s = get();
    const { progType, mapSeeds } = useSession.getState();
    // the maps start as a single run's do: with the Maps pane's seeds
    const seeds = runSeeds(program.maps, mapSeeds);
    const source = s.mode === "generate" ? { kind: "generate" as const, template: s.template, count: s.count, seed: s.seed } : { kind: "list" as const, events: s.events };
    if (s.mode === "list" && !s.events.length) return set({ error: "the event list is empty: add an event first" });
    const runId = connect().send("stream-run", { program, progType, source, ...(seeds.length ? { seeds } : {}) });
    set({ runId, running: true, progress: { done: 0, total: s.mode === "generate" ? s.count : s.events.length }, error: undefined, result: undefined, rows: [], selected: undefined, maps: undefined, debugging: undefined });
    pendingType = progType;
  },

  cancel: () => {
    if (get().running) connect().send("stream-cancel", {});
  },

  page: (from) => {
    const r = get().result;
    if (!r) return;
    asked.rows = connect().send("stream-rows", { from: Math.max(0, Math.min(from, r.summary.events - 1)), count: PAGE });
  },

  select: (index) => {
    set({ selected: index, maps: undefined });
    asked.maps = connect().send("stream-maps", { after: index });
  },

  debug: (index) => {
    set({ debugging: undefined });
    asked.debug = connect().send("stream-maps", { after: index - 1 });
  },

  received: (m) => {
    const s = get();
    switch (m.type) {
      case "stream-progress":
        if (m.id === s.runId) set({ progress: { done: m.done, total: m.total } });
        return;
      case "stream-done":
        if (m.id !== s.runId) return;
        set({ running: false, progress: undefined, result: { summary: m.summary, names: m.names, verdictOf: m.verdictOf, insnsOf: m.insnsOf, cancelled: m.cancelled, total: m.total, progType: pendingType } });
        if (m.summary.events) get().page(0);
        return;
      case "stream-rows":
        if (m.id === asked.rows) set({ rows: m.rows });
        return;
      case "stream-maps":
        if (m.id === asked.maps) set({ maps: m });
        else if (m.id === asked.debug) handToDebugger(m);
        return;
      case "stream-error":
        if (m.id === s.runId || m.id === 0) set({ running: false, progress: undefined, error: m.message });
        else set({ error: m.message });
        return;
    }
  },

  load: (shared) => {
    // a run of the document being left is stopped and its results dropped
    if (get().running) connect().send("stream-cancel", {});
    set({
      running: false,
      progress: undefined,
      runId: -1,
      mode: shared?.mode ?? defaults.mode,
      events: (shared?.events as StreamEvent[] | undefined) ?? defaults.events,
      count: shared?.count ?? defaults.count,
      seed: shared?.seed ?? defaults.seed,
      template: shared?.template ?? defaults.template,
      result: undefined,
      rows: [],
      selected: undefined,
      maps: undefined,
      error: undefined,
    });
  },
}));

let pendingType = "xdp";

/**
 * The event becomes the session's input (its packet, context, or whole kernel event: process and
 * memory), and the session starts at its first instruction with the maps and the random state as
 * the stream had them before it. The document's map seeds stay as they are (the stream starts from them).
 */
function handToDebugger(m: StreamMaps): void {
  const next = m.next;
  if (!next) return useStream.setState({ error: "that event cannot be run (see its error)" });
  const session = useSession.getState();
  const maps = m.maps.filter((x) => x.entries.length).map((x) => ({ name: x.name, entries: x.entries.map((e) => ({ keyHex: e.key, valueHex: e.value })) }));
  if (next.packetHex) session.setPacketHex(next.packetHex);
  if (next.ctxHex) session.setCtxHex(next.ctxHex);
  // a kernel event goes whole; a context given as bytes must not give way to the form's event
  if (next.event) useKernelEvent.getState().setEvent(next.event);
  else if (next.ctxHex && !next.packetHex) useKernelEvent.getState().setEvent(undefined);
  session.setEventStart({ maps, randomState: next.randomState });
  session.reset();
  useStream.setState({ debugging: next.index });
}

/** The stream's events as the console lists them: the last run's page, else the list, else what the generator will make. */
export function eventLines(): string[] {
  const s = useStream.getState();
  if (s.result && s.rows.length) {
    const r = s.result;
    return [
      `stream of ${r.summary.events.toLocaleString("en")} events${r.cancelled ? " (cancelled)" : ""}: ${r.summary.verdicts.map((v) => `${v.verdict} ${v.count}`).join(", ")}; events ${s.rows[0].index}-${s.rows[s.rows.length - 1].index}:`,
      ...s.rows.map((x) => `  ${String(x.index).padStart(6)}  ${x.verdict.padEnd(12)} ${String(x.insns).padStart(5)} insns  ${x.description}${x.fault ? `  (${x.fault})` : ""}`),
    ];
  }
  if (s.mode === "list") return s.events.map((e, k) => `  ${String(k).padStart(6)}  ${describeEvent(e)}`);
  return [`the generator makes ${s.count.toLocaleString("en")} events (seed ${s.seed}): Run stream in the Events tab to list them`];
}

/** `event select n`: the debugger on event n of the last run; a problem is a message. */
export function selectEvent(n: number): string | undefined {
  const s = useStream.getState();
  if (!s.result) return "no stream has run yet: Run stream in the Events tab first";
  if (n >= s.result.summary.events) return `the stream ran ${s.result.summary.events} events (0 to ${s.result.summary.events - 1})`;
  s.page(Math.floor(n / PAGE) * PAGE);
  s.select(n);
  s.debug(n);
  return undefined;
}

/** Shows a document's stream settings (the last run's results go: they were another document's). */
export function showStream(shared: SharedStream | undefined): void {
  useStream.getState().load(shared);
}

/** The stream settings a document saves, as a body's `stream` (absent while they are the defaults). */
export function streamBody(): { stream?: SharedStream } {
  const s = sharedStream(useStream.getState());
  return s ? { stream: s } : {};
}

/** Whether the settings a document saves changed. */
export const streamEdited = (s: StreamState, p: StreamState): boolean => s.mode !== p.mode || s.events !== p.events || s.count !== p.count || s.seed !== p.seed || s.template !== p.template;

/** The stream settings a document saves: absent while they are the defaults. */
export function sharedStream(s: Pick<StreamState, "mode" | "events" | "count" | "seed" | "template">): SharedStream | undefined {
  const out: SharedStream = {
    ...(s.mode !== defaults.mode ? { mode: s.mode } : {}),
    ...(s.events.length ? { events: s.events } : {}),
    ...(s.count !== defaults.count ? { count: s.count } : {}),
    ...(s.seed !== defaults.seed ? { seed: s.seed } : {}),
    ...(s.template !== defaults.template ? { template: s.template } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}
