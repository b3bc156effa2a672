// Builds editor text into the one Program the verifier and the debugger are then given:
// C is compiled, assembly assembled, once per text. The reply carries the listing the UI
// shows, the diagnostics (placed in the edited file), every SEC() program of the text, and
// what the editor offers as completion. Pure: the message loop is in worker.ts.
import { assemble, describeForm, disassemble } from "../core/asm/index.ts";
import type { CompileResult } from "../core/cc/index.ts";
import { hasErrors } from "../core/diag.ts";
import type { Diagnostic } from "../core/diag.ts";
import { progTypeOfSection as sectionType } from "../core/isa/progtypes.ts";
import type { Program } from "../core/program.ts";
import type { Built, BuildRequest, ListingRow, ProgramChoice } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { mainLines } from "./lines.ts";
import { buildLog, buildObject } from "./object.ts";
import { editorSymbols, NO_SYMBOLS } from "./symbols.ts";

/** The name the edited document has in diagnostics and the line table. */
export const MAIN_FILE = { c: "prog.c", asm: "prog.s" } as const;

/** The compiler, passed in so that the build can be tested (and bundled) apart from it. */
export type Compile = (source: string, opts: { file: string }) => CompileResult;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The kernel program type a section (or `.section` name) means, as libbpf reads it. */
export const progTypeOfSection = (section: string | undefined): string | undefined => (section ? sectionType(section)?.type.name : undefined);

/**
 * A diagnostic in another file (a header) shown where the edited file includes it, as clang
 * prints "In file included from prog.c:3:": on the `#include` line naming that file, or on
 * line 1 when the header came in through another header. The message names the header's place.
 */
export function placeInMain(d: Diagnostic, text: string, file: string): Diagnostic {
  const sp = d.span;
  if (!sp || !sp.file || sp.file === file) return sp?.file ? { ...d, span: { ...sp, file: undefined } } : d;
  const lines = text.split("\n");
  const base = sp.file.split("/").pop()!;
  let at = lines.findIndex((l) => /^\s*#\s*include\s*[<"]([^>"]+)[>"]/.exec(l)?.[1] === sp.file);
  if (at < 0) at = lines.findIndex((l) => (/^\s*#\s*include\s*[<"]([^>"]+)[>"]/.exec(l)?.[1] ?? "").endsWith(base));
  if (at < 0) at = lines.findIndex((l) => /^\s*#\s*include/.test(l));
  const line = at + 1 || 1;
  const src = lines[line - 1] ?? "";
  const column = (src.length - src.trimStart().length) + 1;
  return {
    ...d,
    message: `In file included from ${file}:${line}: ${sp.file}:${sp.line}:${sp.column}: ${d.message}`,
    span: { line, column, endLine: line, endColumn: Math.max(column + 1, src.length + 1) },
  };
}

function listingOf(program: Program, lines: readonly number[], dialect: BuildRequest["dialect"]): ListingRow[] {
  return disassemble(program.insns, { dialect, maps: program.maps, symbols: program.symbols }).map((l) => ({
    ...l,
    line: lines[l.pc] ?? 0,
    description: l.form ? describeForm(l.form) : undefined,
  }));
}

interface Made {
  readonly program?: Program;
  readonly programs: readonly ProgramChoice[];
  readonly entry: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly symbols: Built["symbols"];
}

function assembled(req: BuildRequest): Made {
  const file = MAIN_FILE.asm;
  const { program, diagnostics } = assemble(req.text, { dialect: req.dialect, file });
  const choice: ProgramChoice = { name: program.functions?.[0]?.name ?? "main", section: program.section ?? ".text", progType: progTypeOfSection(program.progType) };
  return { program, programs: [choice], entry: 0, diagnostics, symbols: { ...NO_SYMBOLS, maps: program.maps.map(({ name, type, keySize, valueSize, maxEntries }) => ({ name, type, keySize, valueSize, maxEntries })) } };
}

function compiled(req: BuildRequest, compile: Compile): Made {
  const file = MAIN_FILE.c;
  let r: CompileResult;
  try {
    r = compile(req.text, { file });
  } catch (e) {
    // The compiler promises never to throw; if it does, say so where the user looks.
    const message = `internal compiler error: ${e instanceof Error ? e.message : String(e)}`;
    return { programs: [], entry: -1, diagnostics: [{ code: "internal", severity: "error", message, span: { line: 1, column: 1, endLine: 1, endColumn: 2 } }], symbols: NO_SYMBOLS };
  }
  const diagnostics = r.diagnostics.map((d) => placeInMain(d, req.text, file));
  const programs = r.programs.map((p) => ({ name: p.name, section: p.section, progType: progTypeOfSection(p.section) }));
  const found = r.programs.findIndex((p) => p.name === req.entry);
  const entry = r.programs.length === 0 ? -1 : Math.max(found, 0);
  const chosen = r.programs[entry]?.program;
  const program = chosen && { ...chosen, lines: mainLines(chosen, file), progType: chosen.progType ?? programs[entry].progType };
  return { program, programs, entry, diagnostics, symbols: r.unit ? editorSymbols(r.unit, r.maps) : NO_SYMBOLS };
}

export function buildRequest(req: BuildRequest, compile: Compile, now: () => number = () => performance.now()): Built {
  if (req.language === "object") return buildObject(req, now);
  if (req.language === "log") return buildLog(req, now);
  const t0 = now();
  const made = req.language === "c" ? compiled(req, compile) : assembled(req);
  const errors = made.diagnostics.filter((d) => d.severity === "error").length;
  let problem: string | undefined;
  if (errors) problem = `the program has ${plural(errors, "error")}; fix them first (they are marked in the editor)`;
  else if (!made.program || made.program.insns.length === 0) problem = req.language === "c" ? "the text defines no program yet: write a function with SEC(\"...\")" : "the program has no instructions yet";
  const program = problem || hasErrors(made.diagnostics) ? undefined : made.program;
  const shown = made.program;
  const lines = shown?.lines ?? [];
  return {
    type: "built",
    v: PROTOCOL_VERSION,
    id: req.id,
    language: req.language,
    listing: shown ? listingOf(shown, lines, req.dialect) : [],
    diagnostics: made.diagnostics,
    lines,
    slots: shown?.insns.length ?? 0,
    programs: made.programs,
    entry: made.entry,
    program,
    problem,
    progType: made.entry >= 0 ? made.programs[made.entry]?.progType : undefined,
    symbols: made.symbols,
    ms: Math.round((now() - t0) * 10) / 10,
  };
}
