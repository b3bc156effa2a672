// A read-only window into the editor for end-to-end tests: `window.__bpfplay.markers()` (the
// assembler's and the verifier's),
// `.text()` and `.debug()`. Playwright reads what the user would see without scraping
// Monaco's virtualised DOM. It changes nothing, so it ships in production builds too.

import { BREAKPOINT_CLASS, CURRENT_CLASS, FAULT_CLASS } from "./decorations.ts";
import { monaco } from "./environment.ts";
import { MARKER_OWNER, VERIFIER_OWNER } from "./markers.ts";

export interface MarkerView {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: "error" | "warning" | "info" | "hint";
  readonly message: string;
  readonly code?: string;
  /** Who found it: "bpfplay" (the assembler) or "verifier". */
  readonly source?: string;
}

/** The debugger's marks in the editor, by line (1-based). */
export interface DebugView {
  readonly current?: number;
  readonly fault?: number;
  readonly breakpoints: number[];
}

export interface TestHook {
  markers(): MarkerView[];
  text(): string | undefined;
  debug(): DebugView;
}

declare global {
  interface Window {
    __bpfplay?: TestHook;
  }
}

const severityName = (s: monaco.MarkerSeverity): MarkerView["severity"] =>
  s === monaco.MarkerSeverity.Error ? "error" : s === monaco.MarkerSeverity.Warning ? "warning" : s === monaco.MarkerSeverity.Info ? "info" : "hint";

const hook: TestHook = {
  markers: () =>
    [MARKER_OWNER, VERIFIER_OWNER].flatMap((owner) => monaco.editor.getModelMarkers({ owner })).map((m) => ({
      line: m.startLineNumber,
      column: m.startColumn,
      endLine: m.endLineNumber,
      endColumn: m.endColumn,
      severity: severityName(m.severity),
      message: m.message,
      code: typeof m.code === "string" ? m.code : m.code?.value,
      source: m.source,
    })),
  text: () => monaco.editor.getEditors()[0]?.getValue(),
  debug: () => {
    const decorations = monaco.editor.getEditors()[0]?.getModel()?.getAllDecorations() ?? [];
    const lineOf = (cls: string) => decorations.find((d) => d.options.className === cls)?.range.startLineNumber;
    return {
      current: lineOf(CURRENT_CLASS),
      fault: lineOf(FAULT_CLASS),
      breakpoints: decorations
        .filter((d) => d.options.glyphMarginClassName?.split(" ").includes(BREAKPOINT_CLASS))
        .map((d) => d.range.startLineNumber)
        .sort((a, b) => a - b),
    };
  },
};

export function installTestHook(): void {
  window.__bpfplay = hook;
}
