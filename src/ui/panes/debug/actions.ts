// The debugger's commands as small registered units: a name (the button's accessible name),
// keys in the manner of Chrome DevTools, a title, when it can run, and what it does.

import type { DebugCommand } from "../../../protocol/index.ts";
import type { IconName } from "./icons.tsx";

/** What the commands need to know to say whether they can run. */
export interface DebugView {
  readonly running: boolean;
  /** The program exited or faulted, and the document has not changed since. */
  readonly finished: boolean;
  /** Steps that Step back can undo; 0 when the session is stale or gone. */
  readonly history: number;
}

export interface Key {
  readonly key: string;
  readonly shift?: boolean;
  readonly ctrl?: boolean;
}

export interface DebugAction {
  readonly id: string;
  readonly name: string;
  readonly icon?: IconName;
  readonly keys: readonly Key[];
  readonly hint: string;
  /** The hint when steps go by C statement, where that changes what the action does. */
  readonly lineHint?: string;
  /** Only from the keyboard (the toolbar has no button for it). */
  readonly keyOnly?: boolean;
  enabled(v: DebugView): boolean;
  readonly perform: { readonly command: DebugCommand } | "pause" | "reset";
}

const idle = (v: DebugView) => !v.running;
const steppable = (v: DebugView) => !v.running && !v.finished;
const back = (v: DebugView) => !v.running && v.history > 0;

export const DEBUG_ACTIONS: readonly DebugAction[] = [
  { id: "run", name: "Run", icon: "run", keys: [{ key: "Enter", ctrl: true }], hint: "Run from the start at full speed, to a breakpoint or the end (no step-back history)", enabled: idle, perform: { command: { kind: "run" } } },
  { id: "continue", name: "Continue", icon: "continue", keys: [{ key: "F8" }], hint: "Continue to the next breakpoint or the end, recording history", enabled: steppable, perform: { command: { kind: "continue" } } },
  { id: "pause", name: "Pause", icon: "pause", keys: [{ key: "F8" }], hint: "Pause the running program", enabled: (v) => v.running, perform: "pause" },
  { id: "stepOver", name: "Step over", icon: "stepOver", keys: [{ key: "F10" }], hint: "Step over: one instruction, or a whole bpf-to-bpf call", lineHint: "Step over: to the next C statement of this function; calls run whole", enabled: steppable, perform: { command: { kind: "stepOver" } } },
  { id: "step", name: "Step", icon: "step", keys: [{ key: "F11" }], hint: "Step into: one instruction", lineHint: "Step into: to the next C statement, into calls", enabled: steppable, perform: { command: { kind: "step" } } },
  { id: "stepOut", name: "Step out", icon: "stepOut", keys: [{ key: "F11", shift: true }], hint: "Step out of the current function", enabled: steppable, perform: { command: { kind: "stepOut" } } },
  { id: "stepBack", name: "Step back", icon: "stepBack", keys: [{ key: "F10", shift: true }], hint: "Step back one instruction (Shift+F8 continues back to a breakpoint)", lineHint: "Step back to the previous C statement (Shift+F8 continues back to a breakpoint)", enabled: back, perform: { command: { kind: "stepBack" } } },
  { id: "continueBack", name: "Continue back", keys: [{ key: "F8", shift: true }], hint: "Continue back to a breakpoint or the start of history", keyOnly: true, enabled: back, perform: { command: { kind: "continueBack" } } },
  { id: "reset", name: "Reset", icon: "reset", keys: [], hint: "Start again from the first instruction, with empty maps", enabled: () => true, perform: "reset" },
];

export const keyLabel = (k: Key): string => `${k.ctrl ? "Ctrl+" : ""}${k.shift ? "Shift+" : ""}${k.key}`;

/** "Step back (Shift+F10)": the title a button shows. */
/** The tooltip: what the action does (by C statement when `byLine` and it differs), and its keys. */
export function titleOf(a: DebugAction, byLine = false): string {
  const hint = (byLine && a.lineHint) || a.hint;
  return a.keys.length ? `${hint} (${a.keys.map(keyLabel).join(", ")})` : hint;
}

/** The enabled action a key press means, if any; F8 is Continue or Pause depending on the state. */
export function actionForKey(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, v: DebugView): DebugAction | "ours" | undefined {
  if (e.altKey) return undefined;
  const ctrl = e.ctrlKey || e.metaKey;
  const matching = DEBUG_ACTIONS.filter((a) => a.keys.some((k) => k.key === e.key && !!k.shift === e.shiftKey && !!k.ctrl === ctrl));
  if (!matching.length) return undefined;
  return matching.find((a) => a.enabled(v)) ?? "ours";
}
