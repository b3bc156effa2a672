// A read-only window into the editor for end-to-end tests: `window.__bpfplay.markers()` and
// `window.__bpfplay.text()`. Playwright reads what the user would see without scraping
// Monaco's virtualised DOM. It changes nothing, so it ships in production builds too.

import { monaco } from "./environment.ts";
import { MARKER_OWNER } from "./markers.ts";

export interface MarkerView {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: "error" | "warning" | "info" | "hint";
  readonly message: string;
  readonly code?: string;
}

export interface TestHook {
  markers(): MarkerView[];
  text(): string | undefined;
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
    monaco.editor.getModelMarkers({ owner: MARKER_OWNER }).map((m) => ({
      line: m.startLineNumber,
      column: m.startColumn,
      endLine: m.endLineNumber,
      endColumn: m.endColumn,
      severity: severityName(m.severity),
      message: m.message,
      code: typeof m.code === "string" ? m.code : m.code?.value,
    })),
  text: () => monaco.editor.getEditors()[0]?.getValue(),
};

export function installTestHook(): void {
  window.__bpfplay = hook;
}
