import type { Diagnostic } from "../core/diag.ts";

/** The offending line and a caret under the span, as compilers print them. */
export function showSourceLine(text: string, d: Diagnostic): string {
  if (!d.span) return "";
  const line = text.split("\n")[d.span.line - 1] ?? "";
  const width = Math.max(1, (d.span.endLine === d.span.line ? d.span.endColumn : line.length + 1) - d.span.column);
  return `  ${line.replace(/\t/g, " ")}\n  ${" ".repeat(d.span.column - 1)}^${"~".repeat(width - 1)}\n`;
}
