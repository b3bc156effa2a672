// The restricted-C compiler: C text in, one Program per SEC() function out.
//
//   source ─► preprocess (tokens) ─► parse + check (typed AST, ast.ts) ─► generate (Programs)
//
// Every stage reports Diagnostics with a file, line and column and goes on where it can, so one
// pass shows every error. Nothing here touches the disk: files come through a FileReader.

import type { Diagnostic } from "../diag.ts";
import type { MapDef, Program } from "../program.ts";
import type { Unit } from "./ast.ts";
import { preprocess } from "./preprocess.ts";
import { parse } from "./parse.ts";
import { generate } from "./codegen/index.ts";
import { preamble } from "./preamble.ts";

/** Files beyond the built-in headers: the CLI reads the disk, the browser has the editor's text only. */
export interface FileReader {
  /** The text of the file at `path`, or undefined if there is none. */
  read(path: string): string | undefined;
}

export interface CompileOptions {
  /** The main file's name (and path, for resolving `#include "..."` against its folder); default "prog.c". */
  readonly file?: string;
  readonly reader?: FileReader;
  /** `-I DIR`, searched for `<...>` after the main file's own folder and before the built-in headers. */
  readonly includeDirs?: readonly string[];
  /** `-D NAME[=VALUE]`; a name without a value is defined as 1. */
  readonly defines?: Readonly<Record<string, string>>;
  /** The ISA version code may use (clang's -mcpu); default 4. Signed division needs 4. */
  readonly cpu?: 1 | 2 | 3 | 4;
}

export interface CompiledProgram {
  /** The C function's name. */
  readonly name: string;
  /** Its SEC() name. */
  readonly section: string;
  /** Instructions with subprograms appended, every map of the object, line table, symbols, relocations, debug info. */
  readonly program: Program;
}

export interface CompileResult {
  /** One per SEC() function, in source order. */
  readonly programs: readonly CompiledProgram[];
  /** Every map of the object in index order (ld_imm64 src 1 imm = index), global data maps included. */
  readonly maps: readonly MapDef[];
  /** `char LICENSE[] SEC("license")`, if there is one. */
  readonly license?: string;
  readonly diagnostics: readonly Diagnostic[];
  /** The checked AST, for tools (hovers, completion); undefined when parsing failed badly. */
  readonly unit?: Unit;
}

export function compile(source: string, opts: CompileOptions = {}): CompileResult {
  const file = opts.file ?? "prog.c";
  // The #include lines at the top are preprocessed and parsed once while they stay the same (preamble.ts).
  const pre = preamble(source, { ...opts, file });
  try {
    const pp = preprocess(source, { ...opts, file, reader: pre.reader, preamble: pre.pp });
    const parsed = parse(pp.tokens, { file, pragmas: pp.pragmas, preamble: pre.pp?.resume && !pre.pp.resumed ? undefined : pre.parse });
    const front = [...pp.diagnostics, ...parsed.diagnostics];
    if (front.some((d) => d.severity === "error")) return { programs: [], maps: [], diagnostics: front, unit: parsed.unit };
    const out = generate(parsed.unit, { cpu: opts.cpu ?? 4, sources: pp.sources });
    return { ...out, diagnostics: [...front, ...out.diagnostics], unit: parsed.unit };
  } finally {
    pre.finish();
  }
}
