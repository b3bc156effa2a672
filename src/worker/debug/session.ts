// The worker's one debug session. Commands that run many instructions are cut into time
// slices; between slices the session yields to the event loop, so a pause, a reset or new
// breakpoints are answered while a runaway program is still running, and progress states
// go out at most every PROGRESS_MS.

import { snapshot } from "../../core/vm/index.ts";
import type { DebugStop } from "../../core/vm/index.ts";
import type { BreakpointState, DebugCommand, DebugCommandKind, DebugReply, DebugRequest } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { bindBreakpoints } from "./breakpoints.ts";
import { stepperFor } from "./commands.ts";
import type { Stepper } from "./commands.ts";
import { prepare } from "./prepare.ts";
import type { Prepared, Problem } from "./prepare.ts";
import { baselineOf, stateOf } from "./state.ts";
import type { Baseline } from "./state.ts";

/** Work done before yielding to the event loop. */
export const SLICE_MS = 20;
/** Least time between two progress states of a running command. */
export const PROGRESS_MS = 100;

export interface SessionHost {
  post(reply: DebugReply): void;
  /** Resolves once other waiting messages have had their turn. */
  tick(): Promise<void>;
  now(): number;
}

/** How the last command ended, to describe the session again when only its breakpoints change. */
interface Last {
  readonly stop?: DebugStop;
  readonly command?: DebugCommandKind;
  readonly baseline?: Baseline;
}

interface Live extends Prepared {
  readonly session: number;
  /** Program starts in this session: Run restarts the program. */
  run: number;
  breakpoints: BreakpointState[];
  last: Last;
}

interface Running {
  readonly id: number;
  readonly command: DebugCommandKind;
  readonly baseline: Baseline;
}

export class DebugSession {
  private live?: Live;
  private sessions = 0;
  /** Bumped to abandon the command that is running. */
  private generation = 0;
  private running?: Running;

  constructor(private readonly host: SessionHost) {}

  handle(msg: DebugRequest): void {
    switch (msg.type) {
      case "debug-start": {
        this.abandon();
        const p = prepare(msg.input);
        this.sessions++;
        if ("field" in p) {
          this.live = undefined;
          return this.fail(msg.id, p);
        }
        const live: Live = { ...p, session: this.sessions, run: 0, breakpoints: [], last: {} };
        live.breakpoints = bindBreakpoints(live.dbg, live.program, msg.breakpoints);
        this.live = live;
        if (msg.command) void this.execute(msg.id, msg.command);
        else this.postState(msg.id, { running: false });
        return;
      }
      case "debug-command":
        this.abandon();
        if (!this.live) return this.fail(msg.id, { field: "session", message: "no debug session: start one first" });
        void this.execute(msg.id, msg.command);
        return;
      case "debug-pause": {
        const r = this.running;
        if (!this.live) return;
        this.abandon();
        if (r) this.live.last = { stop: { kind: "paused" }, command: r.command, baseline: r.baseline };
        this.postState(msg.id, { running: false, ...this.live.last });
        return;
      }
      case "debug-breakpoints":
        if (!this.live) return;
        this.live.breakpoints = bindBreakpoints(this.live.dbg, this.live.program, msg.breakpoints);
        // A running command picks them up at once and reports them with its next state.
        if (!this.running) this.postState(msg.id, { running: false, ...this.live.last });
        return;
    }
  }

  private abandon(): void {
    this.generation++;
    this.running = undefined;
  }

  private fail(id: number, p: Problem): void {
    this.host.post({ type: "debug-error", v: PROTOCOL_VERSION, id, ...p });
  }

  private postState(id: number, o: Last & { running: boolean }): void {
    const l = this.live!;
    this.host.post(stateOf({ id, session: l.session, run: l.run, dbg: l.dbg, maps: l.maps, program: l.program, budget: l.budget, breakpoints: l.breakpoints, layout: l.layout, ...o }));
  }

  private async execute(id: number, command: DebugCommand): Promise<void> {
    const live = this.live!;
    const generation = this.generation;
    let stepper: Stepper;
    let baseline: Baseline;
    try {
      // Run restarts the program, so its baseline is taken after the stepper is made.
      stepper = stepperFor(live.dbg, command, live.budget);
      if (command.kind === "run") live.run++;
      baseline = baselineOf(snapshot(live.dbg, live.maps));
    } catch (e) {
      return this.crash(id, e);
    }
    this.running = { id, command: command.kind, baseline };
    let lastPost = this.host.now();
    for (;;) {
      let stop: DebugStop | undefined;
      try {
        const end = this.host.now() + SLICE_MS;
        do stop = stepper.advance(stepper.unit);
        while (!stop && this.host.now() < end);
      } catch (e) {
        return this.crash(id, e);
      }
      if (stop) {
        this.running = undefined;
        live.last = { stop, command: command.kind, baseline };
        return this.postState(id, { running: false, ...live.last });
      }
      if (this.host.now() - lastPost >= PROGRESS_MS) {
        this.postState(id, { running: true, command: command.kind, baseline });
        lastPost = this.host.now();
      }
      await this.host.tick();
      if (generation !== this.generation || live !== this.live) return;
    }
  }

  /** The engine threw: a bug, not a fault of the program. The session cannot go on. */
  private crash(id: number, e: unknown): void {
    this.running = undefined;
    this.live = undefined;
    this.fail(id, { field: "engine", message: `the debugger failed: ${e instanceof Error ? e.message : String(e)}` });
  }
}
