// The UI steps by line: it stops at instructions flagged `stmt`. Every C statement that produces
// code must flag one of its instructions, or stepping skips it (declarations with initialisers and
// `if` conditions once had none). Checked on the golden programs and test/cc's programs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Stmt } from "../ast.ts";
import { compile } from "../index.ts";
import { walkStmt } from "./callgraph.ts";

/** For each function's statements: the lines where a statement starts, in the main file. */
function statementLines(src: string, file: string): { problems: string[]; checked: number } {
  const r = compile(src, { file, cpu: 3 });
  const starts = new Set<number>();
  for (const f of r.unit?.funcs ?? []) {
    if (!f.body) continue;
    walkStmt(f.body, () => {}, (s: Stmt) => {
      if (s.kind !== "block" && s.kind !== "empty" && s.kind !== "label" && s.kind !== "case" && s.loc.file === file) starts.add(s.loc.line);
    });
  }
  const problems: string[] = [];
  let checked = 0;
  for (const { name, program: p } of r.programs) {
    const withCode = new Set<number>(), flagged = new Set<number>();
    for (const e of p.lineTable ?? []) {
      if (!e || e.file !== file) continue;
      withCode.add(e.line);
      if (e.stmt) flagged.add(e.line);
    }
    for (const line of starts) {
      if (!withCode.has(line)) continue; // no code on this line (or not in this program)
      checked++;
      if (!flagged.has(line)) problems.push(`${file} ${name}: line ${line} has code but no statement start`);
    }
  }
  return { problems, checked };
}

const GOLDEN = join(import.meta.dirname, "..", "testdata");
const TEST_CC = join(import.meta.dirname, "..", "..", "..", "..", "test", "cc", "programs");

describe("line table statement starts", () => {
  for (const [dir, label] of [[GOLDEN, "golden programs"], [TEST_CC, "test/cc programs"]] as const) {
    it(`every statement line with code has a stmt instruction (${label})`, () => {
      const problems: string[] = [];
      let checked = 0;
      for (const f of readdirSync(dir).filter((f) => f.endsWith(".c")).sort()) {
        const res = statementLines(readFileSync(join(dir, f), "utf8"), join(dir, f));
        problems.push(...res.problems);
        checked += res.checked;
      }
      expect(checked).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    });
  }
});
