// The debugger in the editor: breakpoints as red dots in the glyph margin (hollow when no
// instruction follows them, struck when their condition does not parse), a faint dot under
// the mouse, and the line the program stands on (or faulted on) highlighted across.

import { monaco } from "./environment.ts";

export interface BreakpointMark {
  readonly line: number;
  readonly condition?: string;
  /** `unbound`: no instruction on or after the line; `error`: the condition does not parse. */
  readonly state: "bound" | "unbound" | "error" | "pending";
  readonly message?: string;
}

export interface ExecutionMark {
  readonly line: number;
  readonly kind: "current" | "fault";
  /**
   * A debugger command brought the program here: the editor scrolls the line into view. A new
   * session (after an edit, at the entry) does not: the view stays where the user is typing.
   */
  readonly follow?: boolean;
}

export const BREAKPOINT_CLASS = "bp-glyph";
export const CURRENT_CLASS = "exec-line";
export const FAULT_CLASS = "fault-line";

const lineRange = (line: number) => new monaco.Range(line, 1, line, 1);

function describe(b: BreakpointMark): string {
  const what = b.condition ? `Breakpoint when \`${b.condition}\`` : "Breakpoint";
  const why = b.state === "unbound" ? " — no instruction on or after this line" : b.state === "error" ? ` — ${b.message ?? "bad condition"}` : "";
  return `${what}${why}\n\nClick to remove; right-click to edit the condition.`;
}

export function breakpointDecorations(marks: readonly BreakpointMark[]): monaco.editor.IModelDeltaDecoration[] {
  return marks.map((b) => ({
    range: lineRange(b.line),
    options: {
      glyphMarginClassName: [BREAKPOINT_CLASS, b.condition ? "conditional" : "", b.state === "unbound" || b.state === "error" ? "inactive" : ""].filter(Boolean).join(" "),
      glyphMarginHoverMessage: { value: describe(b) },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      overviewRuler: { color: "#ff5370", position: monaco.editor.OverviewRulerLane.Left },
    },
  }));
}

export function hintDecoration(line: number | undefined): monaco.editor.IModelDeltaDecoration[] {
  return line === undefined ? [] : [{ range: lineRange(line), options: { glyphMarginClassName: "bp-hint", glyphMarginHoverMessage: { value: "Click to add a breakpoint (F9)" } } }];
}

export function executionDecorations(mark: ExecutionMark | undefined): monaco.editor.IModelDeltaDecoration[] {
  if (!mark) return [];
  const current = mark.kind === "current";
  return [
    {
      range: new monaco.Range(mark.line, 1, mark.line, 1),
      options: {
        isWholeLine: true,
        className: current ? CURRENT_CLASS : FAULT_CLASS,
        linesDecorationsClassName: current ? "exec-arrow" : "fault-arrow",
        overviewRuler: { color: current ? "#ffcb6b" : "#ff5370", position: monaco.editor.OverviewRulerLane.Full },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    },
  ];
}

export const BAND_CLASS = "cband";
export const LINKED_CLASS = "clink";

/** Each line with instructions tinted with its band's colour, as its instructions are in the bytecode. */
export function bandLineDecorations(bands: ReadonlyMap<number, number> | undefined): monaco.editor.IModelDeltaDecoration[] {
  return [...(bands ?? [])].map(([line, band]) => ({
    range: lineRange(line),
    options: { isWholeLine: true, className: `${BAND_CLASS} ${BAND_CLASS}-${band}`, stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
  }));
}

/** The line whose instructions the mouse is over (or selected) in the bytecode. */
export function linkedDecorations(line: number | undefined): monaco.editor.IModelDeltaDecoration[] {
  return line ? [{ range: lineRange(line), options: { isWholeLine: true, className: LINKED_CLASS, overviewRuler: { color: "#82aaff", position: monaco.editor.OverviewRulerLane.Center } } }] : [];
}
