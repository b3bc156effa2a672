// The preamble cache: the editor compiles on every keystroke, and most of a keystroke's compile
// would otherwise go to the `#include` lines at the top of the file, which did not change.
//
// The preamble is the file's leading lines that are blank, comments or one-line directives. While
// compiling, the preprocessor and the parser each save their state at the preamble's end (the
// preprocessor when the main file reaches the first token after it, the parser when a
// declaration starts at the first token the preamble did not produce). The next compile whose
// preamble text, options and file reads are the same resumes from those states; everything after
// the preamble (all of the user's declarations and code) is preprocessed, parsed and generated
// anew. A run is only saved when nothing was reported up to that point, and the saved symbols,
// struct definitions and tags are checked after each compile that used them: if the user's code
// changed one (completed a header's forward-declared struct, redeclared a helper), the states are
// dropped and the next compile starts from the top.

import type { FuncSym, VarSym } from "./ast.ts";
import type { FileReader } from "./index.ts";
import type { Macro } from "./preprocess_expand.ts";
import type { Preprocessor } from "./preprocess.ts";
import type { Parser, Scope } from "./parse_state.ts";
import type { CType } from "./types.ts";

/** What the preprocessor is handed: where to save its state, or a state to start from. */
export interface PPHook {
  /** The main file's preamble is its first `lines` lines. */
  readonly lines: number;
  resume?: PPState;
  /** Set by the preprocessor when it did start from `resume`. */
  resumed?: boolean;
  save?: (s: PPState) => void;
}

/** What the parser is handed: the output token the preamble ends at, and a state to save or resume. */
export interface ParseHook {
  at: number;
  resume?: ParseState;
  save?: (s: ParseState) => void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// ---- which lines ------------------------------------------------------------------------

/** The number of leading lines that are blank, comments (a // line, a one-line block comment) or one-line directives. */
export function preambleLines(source: string): number {
  let n = 0;
  for (let at = 0; at < source.length; n++) {
    const nl = source.indexOf("\n", at);
    if (nl < 0) return n; // the last line, unterminated: the user is typing it
    const line = source.slice(at, nl).trim();
    if (line.endsWith("\\")) return n; // a continued line (even a // comment goes on)
    const ok =
      line === "" ||
      line.startsWith("//") ||
      (line.startsWith("#") && !line.includes("/*")) ||
      (line.startsWith("/*") && line.indexOf("*/", 2) === line.length - 2);
    if (!ok) return n;
    at = nl + 1;
  }
  return n;
}

// ---- the preprocessor's state ----------------------------------------------------------

export interface PPState {
  /** Tokens of the main file before the preamble's end (the directive lines' own tokens). */
  readonly mainAt: number;
  readonly fields: ReadonlyMap<string, unknown>;
  readonly macros: ReadonlyMap<string, Macro>;
  readonly counter: number;
  readonly expansions: number;
}

/**
 * How each field of the Preprocessor is saved: copied (a number), copied one level deep (a
 * container of immutable things), or left to the constructor. A field not listed here makes
 * `savePP` decline, so a new field never leaks state between compiles unnoticed.
 */
const PP_FIELDS: Readonly<Record<string, "value" | "copy" | "copy2" | "own">> = {
  diagnostics: "own",
  ex: "own",
  hookDirectives: "own",
  opts: "own",
  mainDir: "own",
  headers: "own",
  files: "own",
  sources: "copy",
  cache: "copy",
  once: "copy",
  out: "copy",
  pendingUnroll: "value",
  ignored: "copy",
  diagStack: "copy2",
  ignoredRanges: "copy",
  pack: "value",
  packStack: "copy",
  packEvents: "copy",
};

function copy(v: unknown, deep: boolean): unknown {
  const inner = (x: unknown) => (deep ? copy(x, false) : x);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, inner(x)]));
  if (v instanceof Set) return new Set(v);
  if (Array.isArray(v)) return v.map(inner);
  if (v && typeof v === "object") return { ...v };
  return v;
}

function copyFields(from: object, kinds: Readonly<Record<string, string>>): Map<string, unknown> | undefined {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(from)) {
    const kind = kinds[k];
    if (kind === undefined) return undefined;
    if (kind !== "own") out.set(k, kind === "value" ? v : copy(v, kind === "copy2"));
  }
  return out;
}

/** The preprocessor's state, if it can be resumed from: in the main file only, every group closed, nothing reported. */
export function savePP(pp: Preprocessor, mainAt: number, mainDiagnostics: number): PPState | undefined {
  if (pp.files.length !== 1 || pp.files[0].conds.length || pp.diagnostics.length !== mainDiagnostics) return undefined;
  if (pp.ex.listDepth !== 0) return undefined;
  const fields = copyFields(pp, PP_FIELDS);
  if (!fields) return undefined;
  return { mainAt, fields, macros: new Map(pp.ex.macros), counter: pp.ex.counter, expansions: pp.ex.expansions };
}

/** Puts a saved state into a new Preprocessor (the main file's frame is the caller's). */
export function restorePP(pp: Preprocessor, s: PPState): void {
  const m = pp as unknown as Record<string, unknown>;
  for (const [k, v] of s.fields) m[k] = copy(v, PP_FIELDS[k] === "copy2");
  for (const [k, v] of s.macros) pp.ex.macros.set(k, v);
  pp.ex.counter = s.counter;
  pp.ex.expansions = s.expansions;
}

// ---- the parser's state ----------------------------------------------------------------

export interface ParseState {
  readonly names: ReadonlyMap<string, unknown>;
  readonly tags: ReadonlyMap<string, CType>;
  readonly fields: ReadonlyMap<string, unknown>;
}

/** As PP_FIELDS, for the Parser ("zero": must be empty or unset at the preamble's end). */
const PARSER_FIELDS: Readonly<Record<string, "value" | "copy" | "copy2" | "own" | "zero">> = {
  pos: "own",
  toks: "own",
  file: "own",
  ignored: "own",
  packEvents: "own",
  scopes: "own",
  diags: "zero",
  errors: "zero",
  fn: "zero",
  depth: "zero",
  globals: "copy",
  funcs: "copy",
  helpers: "copy",
  used: "copy",
  refs: "copy2",
  pendingAsm: "copy2",
  nextId: "value",
  caseId: "value",
  recordId: "value",
  localStatics: "value",
};

export function saveParser(p: Parser): ParseState | undefined {
  if (p.scopes.length !== 1) return undefined;
  const m = p as unknown as Record<string, unknown>;
  for (const [k, kind] of Object.entries(PARSER_FIELDS)) {
    const v = m[k];
    if (kind === "zero" && !(v === undefined || v === 0 || (Array.isArray(v) && v.length === 0))) return undefined;
  }
  const fields = copyFields(p, Object.fromEntries(Object.entries(PARSER_FIELDS).map(([k, v]) => [k, v === "zero" ? "own" : v])));
  if (!fields) return undefined;
  return { names: new Map(p.scopes[0].names), tags: new Map(p.scopes[0].tags), fields };
}

export function restoreParser(p: Parser, s: ParseState, at: number): void {
  const m = p as unknown as Record<string, unknown>;
  for (const [k, v] of s.fields) m[k] = copy(v, PARSER_FIELDS[k] === "copy2");
  const scope: Scope = { names: new Map(s.names) as Scope["names"], tags: new Map(s.tags) };
  (p as Mutable<Parser>).scopes = [scope];
  p.pos = at;
}

// ---- were the saved objects changed? ------------------------------------------------------

/** Each object the user's code could change (symbols, struct definitions), with its fields as they were. */
interface Mark {
  readonly o: Record<string, unknown>;
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  /** Arrays change in place (a struct's members, a function's locals): their lengths, else -1. */
  readonly lengths: readonly number[];
}

function marks(s: ParseState): Mark[] {
  const seen = new Set<object>();
  const out: Mark[] = [];
  const mark = (x: object) => {
    if (seen.has(x)) return;
    seen.add(x);
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o);
    const values = keys.map((k) => o[k]);
    out.push({ o, keys, values, lengths: values.map((v) => (Array.isArray(v) ? v.length : -1)) });
  };
  const markType = (t: CType) => {
    if (t.kind === "struct" || t.kind === "union") mark(t.def);
  };
  for (const e of s.names.values()) {
    const x = e as { sym?: VarSym | FuncSym; type?: CType };
    if (x.sym) mark(x.sym);
    else if (x.type) markType(x.type);
  }
  for (const t of s.tags.values()) markType(t);
  for (const g of (s.fields.get("globals") as VarSym[] | undefined) ?? []) mark(g);
  for (const f of (s.fields.get("funcs") as FuncSym[] | undefined) ?? []) mark(f);
  return out;
}

function unchanged(ms: readonly Mark[]): boolean {
  for (const { o, keys, values, lengths } of ms) {
    let n = 0;
    for (const k in o) {
      const v = o[k];
      if (keys[n] !== k || values[n] !== v || (Array.isArray(v) ? v.length : -1) !== lengths[n]) return false;
      n++;
    }
    if (n !== keys.length) return false;
  }
  return true;
}

// ---- the cache ---------------------------------------------------------------------------

interface Saved {
  readonly key: string;
  /** Every file read while preprocessing the preamble, with what the reader gave. */
  readonly reads: ReadonlyMap<string, string | undefined>;
  readonly pp: PPState;
  readonly parse: ParseState;
  readonly marks: readonly Mark[];
}

/** One preamble: the file being edited. */
let saved: Saved | undefined;

/** Counts, for tests and the bench: compiles that resumed, and compiles that saved. */
export const preambleStats = { resumed: 0, saved: 0, dropped: 0 };

/** Forget the saved states (tests). */
export function clearPreamble(): void {
  saved = undefined;
}

export interface PreambleRun {
  readonly reader?: FileReader;
  readonly pp?: PPHook;
  readonly parse?: ParseHook;
  /** After the compile (whatever its outcome): keep what was saved if nothing in it was changed. */
  finish(): void;
}

export interface PreambleOptions {
  readonly file: string;
  readonly reader?: FileReader;
  readonly includeDirs?: readonly string[];
  readonly defines?: Readonly<Record<string, string>>;
  readonly cpu?: number;
}

/** Hooks for one compile of `source`: resume from the saved states if they fit, else save new ones. */
export function preamble(source: string, opts: PreambleOptions): PreambleRun {
  const lines = preambleLines(source);
  if (lines === 0) return { reader: opts.reader, finish: () => undefined };
  let end = 0;
  for (let k = 0; k < lines; k++) end = source.indexOf("\n", end) + 1;
  const key = JSON.stringify([source.slice(0, end), opts.file, opts.cpu ?? 4, opts.defines ?? {}, opts.includeDirs ?? []]);
  const base = opts.reader;
  const hit = saved?.key === key && [...saved.reads].every(([p, text]) => base?.read(p) === text) ? saved : undefined;
  if (hit) {
    preambleStats.resumed++;
    const parse: ParseHook = { at: (hit.pp.fields.get("out") as unknown[]).length, resume: hit.parse };
    return {
      reader: base,
      pp: { lines, resume: hit.pp },
      parse,
      finish: () => {
        if (saved === hit && !unchanged(hit.marks)) {
          saved = undefined;
          preambleStats.dropped++;
        }
      },
    };
  }
  // Save: remember what the reader gives until the preprocessor's state is taken.
  const reads = new Map<string, string | undefined>();
  let ppState: PPState | undefined;
  let parseState: ParseState | undefined;
  let m: Mark[] | undefined;
  const reader: FileReader | undefined = base && {
    read: (p) => {
      const text = base.read(p);
      if (!ppState) reads.set(p, text);
      return text;
    },
  };
  const parse: ParseHook = {
    at: -1,
    save: (s) => {
      parseState = s;
      m = marks(s);
    },
  };
  const pp: PPHook = {
    lines,
    save: (s) => {
      ppState = s;
      parse.at = (s.fields.get("out") as unknown[]).length;
    },
  };
  return {
    reader,
    pp,
    parse,
    finish: () => {
      if (ppState && parseState && m && unchanged(m)) {
        saved = { key, reads, pp: ppState, parse: parseState, marks: m };
        preambleStats.saved++;
      }
    },
  };
}
