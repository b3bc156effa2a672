// Preprocessing tokens. A token is its own location (file, line, column, end), so the lexer makes one
// object per token and the parser copies a Loc only for the AST nodes it builds.

import type { Loc } from "./ast.ts";

export type TokKind = "ident" | "num" | "char" | "str" | "punct" | "eof";

export interface Token {
  kind: TokKind;
  /** The spelling as written (string and char literals with their quotes and prefix). */
  text: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** White space (or a comment) precedes the token: for `#` stringizing and header names. */
  space: boolean;
  /** First token on its line: where directives may start. */
  bol: boolean;
  /** Macro names that must not expand this token again (Prosser's hide set). */
  hide: ReadonlySet<string> | undefined;
  /** `#pragma unroll [N]` (or `#pragma clang loop unroll...`) seen just before this token. */
  unroll: number | true | undefined;
}

export function makeToken(kind: TokKind, text: string, file: string, line: number, column: number, endLine: number, endColumn: number, space: boolean, bol: boolean): Token {
  return { kind, text, file, line, column, endLine, endColumn, space, bol, hide: undefined, unroll: undefined };
}

/** A copy of `t` standing at `at`'s place: tokens of a macro expansion carry the invocation's location. */
export function relocate(t: Token, at: Loc, hide: ReadonlySet<string> | undefined): Token {
  return {
    kind: t.kind,
    text: t.text,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine ?? at.line,
    endColumn: at.endColumn ?? at.column,
    space: t.space,
    bol: false,
    hide,
    unroll: t.unroll,
  };
}

/** A zero-width token just after `t` (where clang reports what is missing at the end of a line). */
export function after(t: Token): Token {
  return { ...t, kind: "eof", text: "", line: t.endLine, column: t.endColumn, endLine: t.endLine, endColumn: t.endColumn + 1 };
}

export function locOf(t: Token): Loc {
  return { file: t.file, line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn };
}

/** A Loc from the start of `a` to the end of `b`. */
export function spanLoc(a: Loc, b: Loc): Loc {
  if (a.file !== b.file || (b.endLine ?? b.line) < a.line) return a;
  return { file: a.file, line: a.line, column: a.column, endLine: b.endLine ?? b.line, endColumn: b.endColumn ?? b.column };
}

import type { Diagnostic, Severity } from "../diag.ts";

/** A diagnostic at a source place, in the compiler's words. */
export function diagAt(severity: Severity, code: string, message: string, loc: Loc): Diagnostic {
  return {
    code,
    severity,
    message,
    span: { file: loc.file, line: loc.line, column: loc.column, endLine: loc.endLine ?? loc.line, endColumn: loc.endColumn ?? loc.column + 1 },
  };
}
