// Errors are values with a place: a source span (1-based line and column) or an instruction index.

export type Severity = "error" | "warning" | "info";

export interface Span {
  /** The file, where a diagnostic may come from another than the one being edited (an included header). */
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Diagnostic {
  /** Stable code that callers branch on, e.g. "unknown-mnemonic", "imm-range"; the verifier's are in verifier/codes.ts. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
  readonly pc?: number;
  /** What the message was rendered from (which register, which offset), for callers that explain it: never parse the message. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export function span(line: number, column: number, endColumn = column + 1, endLine = line): Span {
  return { line, column, endLine, endColumn };
}

export function error(code: string, message: string, where: { span?: Span; pc?: number } = {}): Diagnostic {
  return { code, severity: "error", message, ...where };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === "error");

/** `file:3:7: message` or `insn 12: message`. */
export function formatDiagnostic(d: Diagnostic, file?: string): string {
  const where = d.span ? `${d.span.file ?? file ? (d.span.file ?? file) + ":" : ""}${d.span.line}:${d.span.column}` : d.pc !== undefined ? `${file ? file + ": " : ""}insn ${d.pc}` : file ?? "";
  return `${where ? where + ": " : ""}${d.severity}: ${d.message}`;
}
