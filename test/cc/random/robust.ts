// The robustness property the fuzz tests hold compile() to: on any input it returns (no throw,
// no stack overflow), within a time bound, and every diagnostic has a place (file, line, column)
// inside the text it names — the main file or a built-in header.
import { compile } from "../../../src/core/cc/index.ts";
import { BUILTIN_HEADERS } from "../../../src/core/cc/headers/index.ts";
import type { Diagnostic } from "../../../src/core/diag.ts";

/** A compile slower than this on the busy 2-core machine counts as a hang. */
export const TIME_BOUND_MS = 5000;

const lineCount = (text: string) => text.split("\n").length;

/** What is wrong with one diagnostic's place, or undefined. */
function badPlace(d: Diagnostic, source: string, file: string, lineDirectives: boolean): string | undefined {
  const s = d.span;
  if (!s) return `diagnostic without a span: ${d.code}: ${d.message}`;
  const where = `${s.file ?? "(no file)"}:${s.line}:${s.column}`;
  if (s.file === undefined) return `diagnostic without a file: ${where}: ${d.message}`;
  if (!Number.isInteger(s.line) || !Number.isInteger(s.column) || s.line < 1 || s.column < 1) return `diagnostic at a bad place: ${where}: ${d.message}`;
  // clang refuses `#line N` beyond 2147483647 ("#line directive requires a positive integer argument")
  if (s.line > 2147483647) return `diagnostic past any line #line may name: ${where}: ${d.message}`;
  // `#line N "name"` renames and renumbers what follows, in clang as here: no bound to check then
  if (lineDirectives) return undefined;
  const text = s.file === file ? source : BUILTIN_HEADERS[s.file];
  if (text === undefined) return `diagnostic in an unknown file: ${where}: ${d.message}`;
  if (s.line > lineCount(text)) return `diagnostic past the last line (${lineCount(text)}): ${where}: ${d.message}`;
  return undefined;
}

export interface Robustness {
  /** Empty when compile() behaved. */
  readonly problems: string[];
  readonly ms: number;
  readonly errors: number;
}

/** Compiles `source` and lists every way compile() misbehaved on it. */
export function robustness(source: string, file = "prog.c", cpu: 3 | 4 = 4): Robustness {
  const t0 = performance.now();
  let diagnostics: readonly Diagnostic[];
  try {
    diagnostics = compile(source, { file, cpu }).diagnostics;
  } catch (e) {
    const err = e as Error;
    const frame = err.stack?.split("\n").find((l) => l.includes("/src/core/cc/"))?.trim() ?? "";
    return { problems: [`compile() threw ${err.name}: ${err.message} ${frame}`], ms: performance.now() - t0, errors: 0 };
  }
  const ms = performance.now() - t0;
  const problems: string[] = [];
  if (ms > TIME_BOUND_MS) problems.push(`compile() took ${ms.toFixed(0)} ms (bound ${TIME_BOUND_MS} ms)`);
  const lineDirectives = /^[ \t]*#[ \t]*(line[ \t]+)?\d/m.test(source);
  for (const d of diagnostics) {
    const p = badPlace(d, source, file, lineDirectives);
    if (p) problems.push(p);
  }
  return { problems, ms, errors: diagnostics.filter((d) => d.severity === "error").length };
}
