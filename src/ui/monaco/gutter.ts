// What the editor's gutter does for the debugger: a click in the glyph margin toggles a
// breakpoint, a right-click edits its condition, F9 toggles one on the cursor's line, and
// "Run to this line" (Ctrl+F10, or the context menu) runs there. Breakpoint decorations
// move with the text; when they do, the editor reports their new lines.

import { RUN_TO_LINE, TOGGLE_BREAKPOINT } from "../keys.ts";
import { monaco } from "./environment.ts";
import { hintDecoration } from "./decorations.ts";

export interface GutterHandlers {
  onToggleBreakpoint?(line: number): void;
  onEditBreakpoint?(line: number): void;
  onRunToLine?(line: number): void;
}

const GLYPH = monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN;

export function attachGutter(ed: monaco.editor.IStandaloneCodeEditor, handlers: () => GutterHandlers): monaco.IDisposable {
  const hint = ed.createDecorationsCollection();
  const glyphLine = (e: monaco.editor.IEditorMouseEvent) => (e.target.type === GLYPH ? e.target.position?.lineNumber : undefined);
  const cursorLine = () => ed.getPosition()?.lineNumber ?? 1;

  const subs = [
    ed.onMouseDown((e) => {
      const line = glyphLine(e);
      if (line === undefined || !e.event.leftButton) return;
      e.event.preventDefault();
      handlers().onToggleBreakpoint?.(line);
    }),
    ed.onContextMenu((e) => {
      const line = glyphLine(e);
      if (line === undefined) return;
      e.event.preventDefault();
      handlers().onEditBreakpoint?.(line);
    }),
    ed.onMouseMove((e) => hint.set(hintDecoration(glyphLine(e)))),
    ed.onMouseLeave(() => hint.clear()),
    ed.addAction({
      id: TOGGLE_BREAKPOINT.id,
      label: TOGGLE_BREAKPOINT.label,
      keybindings: [monaco.KeyCode.F9],
      contextMenuGroupId: "debug",
      contextMenuOrder: 1,
      run: () => handlers().onToggleBreakpoint?.(cursorLine()),
    }),
    ed.addAction({
      id: RUN_TO_LINE.id,
      label: RUN_TO_LINE.label,
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.F10],
      contextMenuGroupId: "debug",
      contextMenuOrder: 2,
      run: () => handlers().onRunToLine?.(cursorLine()),
    }),
  ];
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
