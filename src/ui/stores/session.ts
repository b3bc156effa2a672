// The debug session as the UI knows it: what the next session is made from (program type,
// input packet, breakpoints; kept in localStorage), and the newest state the worker sent.
// Commands go out through the transport the bridge connects (sessionBridge.ts). A command
// after the document or the inputs changed starts a new session first.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { BreakpointSpec, DebugCommand, DebugError, DebugReply, DebugRequest, DebugState } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import type { SharedMapSeed } from "../../core/permalink/index.ts";
import { DEFAULT_PACKET_HEX } from "../examples/packet.ts";
import { checkSeeds } from "../panes/maps/seeds.ts";
import { useBuild } from "./build.ts";
import { useKernelEvent } from "./kernelEvent.ts";

export type Breakpoint = BreakpointSpec;

/** Where a stream left the world before an event: its maps (as seeds) and the random generator's state. */
export interface EventStart {
  readonly maps: readonly SharedMapSeed[];
  readonly randomState: number;
}

/** Sends one debug request; returns its id. */
export type Transport = <K extends DebugRequest["type"]>(type: K, body: Omit<Extract<DebugRequest, { type: K }>, "type" | "v" | "id">) => number;

/** Commands that may run many instructions: the UI shows them running until their state arrives. */
const LONG: ReadonlySet<DebugCommand["kind"]> = new Set(["run", "continue", "stepOver", "stepOut", "runToCursor", "continueBack", "goto"]);
const isLong = (c: DebugCommand) => LONG.has(c.kind) || (c.kind === "step" && !!c.lines);

interface SessionState {
  readonly progType: string;
  readonly packetHex: string;
  readonly ctxHex: string;
  /** What the maps hold before the first instruction (the Maps pane and `map update`); kept in the document. */
  readonly mapSeeds: readonly SharedMapSeed[];
  /**
   * A stream event being debugged: the maps and the world's random state as the stream had them
   * before it. Sessions start from these instead of the seeds, which stay the document's.
   */
  readonly eventStart?: EventStart;
  /** By source line, in line order. */
  readonly breakpoints: readonly Breakpoint[];
  /** The newest state of the live session. */
  readonly state?: DebugState;
  /** Why the last start or command failed; the worker then has no session. */
  readonly error?: DebugError;
  readonly running: boolean;
  /** The document or the inputs changed since the session started. */
  readonly stale: boolean;
  /** Id of the newest debug-start: replies to older requests are dropped. */
  readonly startId: number;
  /** A request to focus a breakpoint's condition field; `seq` makes repeats distinct. */
  readonly editing?: { readonly line: number; readonly seq: number };
  readonly transport?: Transport;
  /** C programs: Step, Step over and Step out go by C statement (else by instruction). */
  readonly stepByLine: boolean;
  setStepByLine(on: boolean): void;

  connect(transport: Transport | undefined): void;
  setProgType(progType: string): void;
  setPacketHex(hex: string): void;
  setCtxHex(hex: string): void;
  /** New seeds: the next command starts a fresh session with them. */
  setMapSeeds(seeds: readonly SharedMapSeed[]): void;
  /** Sessions start from a stream event's maps and random state until the seeds or the inputs change. */
  setEventStart(start: EventStart | undefined): void;
  toggleBreakpoint(line: number): void;
  setCondition(line: number, condition: string): void;
  removeBreakpoint(line: number): void;
  /** The editor moved breakpoints with the text around them: the new line of each, in order. */
  moveBreakpoints(lines: readonly number[]): void;
  /** Opens the condition of the breakpoint on `line` for editing, adding one if there is none. */
  editCondition(line: number): void;
  /** Replaces everything a session is made from (an example). */
  load(inputs: { progType: string; packetHex?: string }): void;
  /** The next program the engine builds starts a fresh session (an example was loaded). */
  readonly restartOnBuild: boolean;
  command(command: DebugCommand): void;
  pause(): void;
  /** A new session at the program's first instruction, with fresh maps. */
  reset(): void;
  /**
   * A start asked for while the build was behind the document, with its command: it waits
   * for the build of the current text, so it runs the program the user sees.
   */
  readonly queued?: { readonly command?: DebugCommand };
  /** The build caught up with the document: a queued start goes out now. */
  caughtUp(): void;
  received(reply: DebugReply): void;
  /** The document changed under the session. */
  invalidate(): void;
}

const byLine = (bps: readonly Breakpoint[]) => [...bps].sort((a, b) => a.line - b.line);

export const useSession = create<SessionState>()(
  persist(
    (set, get) => {
      /** Sends new breakpoints to a live session; a stale one gets them with its next start. */
      const syncBreakpoints = (breakpoints: readonly Breakpoint[]) => {
        set({ breakpoints });
        const s = get();
        if (s.transport && s.state && !s.stale) s.transport("debug-breakpoints", { breakpoints });
      };
      const start = (command?: DebugCommand) => {
        const s = get();
        if (!s.transport) return;
        const { program, problem, behind } = useBuild.getState();
        if (behind) {
          set({ queued: { command }, running: command !== undefined && isLong(command) });
          return;
        }
        if (!program) {
          set({ state: undefined, running: false, stale: false, error: { type: "debug-error", v: PROTOCOL_VERSION, id: 0, field: "program", message: problem ?? "the program is still being built" } });
          return;
        }
        const seeds = checkSeeds(program.maps, s.eventStart?.maps ?? s.mapSeeds).usable;
        const input = { program, progType: s.progType, packetHex: s.packetHex, ctxHex: s.ctxHex, ...(seeds.length ? { maps: seeds } : {}), ...(s.eventStart ? { randomState: s.eventStart.randomState } : {}) };
        const event = useKernelEvent.getState().event;
        const startId = s.transport("debug-start", { input: event ? { ...input, event } : input, breakpoints: s.breakpoints, command });
        set({ restartOnBuild: false, startId, stale: false, error: undefined, queued: undefined, running: command !== undefined && isLong(command) });
      };

      return {
        progType: "socket_filter",
        packetHex: DEFAULT_PACKET_HEX,
        ctxHex: "",
        mapSeeds: [],
        breakpoints: [],
        running: false,
        stale: true,
        startId: 0,

        stepByLine: true,
        setStepByLine: (stepByLine) => set({ stepByLine }),
        connect: (transport) => set({ transport }),
        setProgType: (progType) => set({ progType, eventStart: undefined, stale: true }),
        setPacketHex: (packetHex) => set({ packetHex, eventStart: undefined, stale: true }),
        setCtxHex: (ctxHex) => set({ ctxHex, eventStart: undefined, stale: true }),
        setMapSeeds: (mapSeeds) => set({ mapSeeds, eventStart: undefined, stale: true }),
        setEventStart: (eventStart) => set({ eventStart, stale: true }),
        toggleBreakpoint: (line) => {
          const bps = get().breakpoints;
          syncBreakpoints(bps.some((b) => b.line === line) ? bps.filter((b) => b.line !== line) : byLine([...bps, { line }]));
        },
        setCondition: (line, condition) => {
          const c = condition.trim() || undefined;
          syncBreakpoints(get().breakpoints.map((b) => (b.line === line ? { line, condition: c } : b)));
        },
        removeBreakpoint: (line) => syncBreakpoints(get().breakpoints.filter((b) => b.line !== line)),
        moveBreakpoints: (lines) => {
          const moved = get().breakpoints.map((b, k) => ({ ...b, line: lines[k] ?? b.line }));
          // Two breakpoints pushed onto one line become one.
          const unique = moved.filter((b, k) => moved.findIndex((x) => x.line === b.line) === k);
          set({ breakpoints: byLine(unique) });
        },
        editCondition: (line) => {
          if (!get().breakpoints.some((b) => b.line === line)) syncBreakpoints(byLine([...get().breakpoints, { line }]));
          set((s) => ({ editing: { line, seq: (s.editing?.seq ?? 0) + 1 } }));
        },
        load: ({ progType, packetHex }) => set((s) => ({ progType, packetHex: packetHex ?? s.packetHex, mapSeeds: [], eventStart: undefined, breakpoints: [], stale: true, restartOnBuild: true })),
        restartOnBuild: false,

        command: (command) => {
          const s = get();
          if (!s.transport) return;
          if (!s.state || s.stale || s.error) return start(command);
          s.transport("debug-command", { command });
          if (isLong(command)) set({ running: true });
        },
        pause: () => get().transport?.("debug-pause", {}),
        reset: () => start(),
        caughtUp: () => {
          const q = get().queued;
          if (!q) return;
          set({ queued: undefined });
          start(q.command);
        },

        received: (reply) => {
          if (reply.id !== 0 && reply.id < get().startId) return;
          if (reply.type === "debug-state") set({ state: reply, running: reply.running, error: undefined });
          else set({ error: reply, state: undefined, running: false });
        },
        invalidate: () => set({ stale: true }),
      };
    },
    {
      name: "bpfplay.session",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ progType, packetHex, ctxHex, breakpoints, stepByLine }) => ({ progType, packetHex, ctxHex, breakpoints, stepByLine }),
      merge: (saved, current) => {
        const s = (saved ?? {}) as Partial<Record<"progType" | "packetHex" | "ctxHex" | "breakpoints" | "stepByLine", unknown>>;
        const str = (v: unknown) => (typeof v === "string" ? v : undefined);
        const bps = Array.isArray(s.breakpoints)
          ? (s.breakpoints as unknown[]).filter((b): b is Breakpoint => typeof (b as Breakpoint)?.line === "number" && Number.isInteger((b as Breakpoint).line))
          : undefined;
        return {
          ...current,
          progType: str(s.progType) ?? current.progType,
          packetHex: str(s.packetHex) ?? current.packetHex,
          ctxHex: str(s.ctxHex) ?? current.ctxHex,
          breakpoints: bps ? byLine(bps) : current.breakpoints,
          stepByLine: typeof s.stepByLine === "boolean" ? s.stepByLine : current.stepByLine,
        };
      },
    },
  ),
);

/** The session's state when it describes the document as it is now. */
export const liveState = (s: Pick<SessionState, "state" | "stale">): DebugState | undefined => (s.stale ? undefined : s.state);
