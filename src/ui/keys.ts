// The keys of the editor and the page (the debugger's are in panes/debug/actions.ts): bound
// from here (monaco/gutter.ts, useGlobalKeys.ts) and listed from here in the keyboard help.

export interface EditorKey {
  readonly id: string;
  /** As the help sheet shows it. */
  readonly keys: string;
  readonly label: string;
  readonly what: string;
}

export const TOGGLE_BREAKPOINT: EditorKey = { id: "bpfplay.toggleBreakpoint", keys: "F9", label: "Toggle Breakpoint", what: "Toggle a breakpoint on the cursor's line" };
export const RUN_TO_LINE: EditorKey = { id: "bpfplay.runToLine", keys: "Ctrl+F10", label: "Run to This Line", what: "Run to the cursor's line" };

/** Every key the help sheet lists beside the debugger's. */
export const PAGE_KEYS: readonly EditorKey[] = [
  TOGGLE_BREAKPOINT,
  RUN_TO_LINE,
  { id: "tab-focus", keys: "Esc, then Tab", label: "Leave the editor", what: "Leave the editor (Tab alone types a tab)" },
  { id: "suggest", keys: "Ctrl+Space", label: "Complete", what: "Complete a helper, map, struct member or SEC name (C)" },
  { id: "palette", keys: "F1", label: "Command palette", what: "Command palette: every editor and debugger command, by name" },
  { id: "help", keys: "?", label: "Keyboard help", what: "This sheet (outside the editor)" },
];
