// Each debugger command as a stepper: `advance(n)` runs at most n instructions and says how
// the command ended, or nothing when it has more to do. The session calls it in time slices
// and yields between them, so a long command never blocks the worker.

import type { Debugger, DebugStop } from "../../core/vm/index.ts";
import type { DebugCommand } from "../../protocol/index.ts";
import { pcForLine } from "./breakpoints.ts";

export interface Stepper {
  advance(n: number): DebugStop | undefined;
  /** Instructions per advance() call that take a few milliseconds. */
  readonly unit: number;
}

const BUDGET: DebugStop = { kind: "budget" };

/** A bpf-to-bpf call (call with src 1) or callx: the instructions step over treats as one. */
function isLocalCall(dbg: Debugger, pc: number): boolean {
  const i = dbg.run.opts.program.insns[pc];
  return !!i && ((i.code === 0x85 && i.src === 1) || i.code === 0x8d);
}

/**
 * Continues until `until` holds, a breakpoint, the end or `budget` instructions, recording
 * history. The Debugger's own stepOver/stepOut/runToCursor work out their target from where
 * they start, so a command resumed after a pause keeps its target here instead.
 */
function continuing(dbg: Debugger, budget: number, until?: () => boolean): Stepper {
  let done = 0;
  return {
    // Small: once the history is full each step costs more (core/vm/debugger.ts trims it per step).
    unit: 256,
    advance(n) {
      const m = dbg.run.machine;
      const before = m.executed;
      const stop = dbg.continue(Math.min(n, budget - done), until);
      done += m.executed - before;
      if (stop.kind !== "paused") return stop;
      return done >= budget ? BUDGET : undefined;
    },
  };
}

/**
 * Restarts the program and runs it without recording history. With no breakpoints it goes in
 * long chunks (the machine compiles long runs to JavaScript); with breakpoints it goes one
 * instruction at a time, checking each before it runs: a breakpoint on the first instruction
 * stops the run before anything has run.
 */
function running(dbg: Debugger, budget: number): Stepper {
  dbg.reset();
  let fresh = true;
  const stopsAt = (pc: number): boolean => {
    const bp = dbg.breakpoints.get(pc);
    return !!bp && (!bp.condition || bp.condition(dbg.run));
  };
  return {
    unit: dbg.breakpoints.size ? 20_000 : 200_000,
    advance(n) {
      const m = dbg.run.machine;
      if (fresh) {
        fresh = false;
        if (stopsAt(m.pc)) return { kind: "breakpoint", pc: m.pc };
      }
      const left = budget - m.executed;
      if (left <= 0) return BUDGET;
      if (!dbg.breakpoints.size) {
        const stop = m.run(Math.min(n, left));
        return stop.kind !== "budget" ? stop : m.executed >= budget ? BUDGET : undefined;
      }
      for (let k = Math.min(n, left); k > 0; k--) {
        const stop = m.run(1);
        if (stop.kind !== "budget") return stop;
        if (stopsAt(m.pc)) return { kind: "breakpoint", pc: m.pc };
      }
      return m.executed >= budget ? BUDGET : undefined;
    },
  };
}

/**
 * To the point where `step` instructions have executed: back through history (undo records, no
 * re-running), or forward one recorded instruction at a time, at most `budget` of them. A step
 * that runs several instructions (a helper with callbacks) may land just past the goal.
 */
function seeking(dbg: Debugger, step: number, budget: number): Stepper {
  let done = 0;
  return {
    unit: 256,
    advance(n) {
      const m = dbg.run.machine;
      for (let k = 0; k < n; k++) {
        if (m.executed > step) {
          const stop = dbg.stepBack();
          if (stop.kind !== "step" || m.executed <= step) return stop;
        } else if (m.executed < step) {
          if (done++ >= budget) return BUDGET;
          const stop = dbg.stepInto();
          if (stop.kind !== "step" || m.executed >= step) return stop;
        } else return { kind: "step" };
      }
      return undefined;
    },
  };
}

const once = (f: () => DebugStop): Stepper => ({ unit: 1, advance: f });

export function stepperFor(dbg: Debugger, command: DebugCommand, budget: number): Stepper {
  const m = () => dbg.run.machine;
  switch (command.kind) {
    case "run":
      return running(dbg, budget);
    case "step":
      return command.lines ? continuing(dbg, budget, dbg.lineStepUntil("into")) : once(() => dbg.stepInto());
    case "stepBack":
      return once(() => (command.lines ? dbg.stepBackLine() : dbg.stepBack()));
    case "continue":
      return continuing(dbg, budget);
    case "stepOver": {
      if (command.lines) return continuing(dbg, budget, dbg.lineStepUntil("over"));
      if (!isLocalCall(dbg, m().pc)) return once(() => dbg.stepInto());
      const depth = m().frames.length;
      const ret = m().pc + 1;
      return continuing(dbg, budget, () => m().frames.length <= depth && m().pc === ret);
    }
    case "stepOut": {
      if (command.lines) return continuing(dbg, budget, dbg.lineStepUntil("out"));
      const depth = m().frames.length;
      return continuing(dbg, budget, depth > 1 ? () => m().frames.length < depth : undefined);
    }
    case "runToCursor": {
      const target = command.pc ?? (command.line !== undefined ? pcForLine(dbg.run.opts.program, command.line) : undefined);
      if (target === undefined) return once(() => ({ kind: "paused" }));
      return continuing(dbg, budget, () => m().pc === target);
    }
    case "goto":
      return seeking(dbg, command.step, budget);
    case "continueBack":
      return {
        unit: 256,
        advance(n) {
          const stop = dbg.continueBack(n);
          return stop.kind === "paused" ? undefined : stop;
        },
      };
  }
}
