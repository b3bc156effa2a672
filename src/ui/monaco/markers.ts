// Diagnostics become Monaco markers, every one of them at once. A diagnostic that names an
// instruction rather than a place is shown on that instruction's source line. The
// verifier's rejections are markers of their own owner, so the assembler's and the
// verifier's answers, which arrive separately, never overwrite each other.

import type { Diagnostic } from "../../protocol/index.ts";
import { monaco } from "./environment.ts";

export const MARKER_OWNER = "bpfplay";
export const VERIFIER_OWNER = "verifier";

/** A rejection to mark: the kernel's words on the line of the instruction at fault. */
export interface VerifierMark {
  readonly line: number;
  readonly message: string;
  readonly code: string;
}

const severities: Record<Diagnostic["severity"], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export function toMarkers(model: monaco.editor.ITextModel, diagnostics: readonly Diagnostic[], lines: readonly number[]): monaco.editor.IMarkerData[] {
  const last = model.getLineCount();
  return diagnostics.map((d) => {
    const base = { severity: severities[d.severity], message: d.message, code: d.code, source: "bpfplay" };
    if (d.span) {
      const line = Math.min(Math.max(d.span.line, 1), last);
      const endLine = Math.min(Math.max(d.span.endLine, line), last);
      return { ...base, startLineNumber: line, startColumn: d.span.column, endLineNumber: endLine, endColumn: d.span.endColumn };
    }
    const line = Math.min(Math.max((d.pc !== undefined ? lines[d.pc] : 0) || 1, 1), last);
    return { ...base, startLineNumber: line, startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1, endLineNumber: line, endColumn: model.getLineMaxColumn(line) };
  });
}

export function setMarkers(model: monaco.editor.ITextModel, diagnostics: readonly Diagnostic[], lines: readonly number[]): void {
  monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(model, diagnostics, lines));
}

export function setVerifierMarkers(model: monaco.editor.ITextModel, marks: readonly VerifierMark[]): void {
  const last = model.getLineCount();
  monaco.editor.setModelMarkers(
    model,
    VERIFIER_OWNER,
    marks.map((m) => {
      const line = Math.min(Math.max(m.line || 1, 1), last);
      return {
        severity: monaco.MarkerSeverity.Error,
        message: m.message,
        code: m.code,
        source: "verifier",
        startLineNumber: line,
        startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
      };
    }),
  );
}
