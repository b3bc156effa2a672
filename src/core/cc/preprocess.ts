// The C preprocessor: files to one token list. Directives are recognised only at the start of a
// line of a file (never in an expansion); conditional groups that are not taken are skipped by a
// scan over the file's tokens (preprocess_cond.ts), and a header is lexed once
// (preprocess_include.ts), so a large header costs one lexing pass and one walk.

import type { Diagnostic } from "../diag.ts";
import type { CompileOptions } from "./index.ts";
import { BUILTIN_HEADERS } from "./headers/index.ts";
import { lex } from "./lexer.ts";
import { Expander } from "./preprocess_expand.ts";
import { conditional } from "./preprocess_cond.ts";
import { define } from "./preprocess_define.ts";
import { SHARED_LEX, dirname, include, type Lexed } from "./preprocess_include.ts";
import { pragma, pragmaOperator } from "./preprocess_pragma.ts";
import { predefinedSource } from "./preprocess_predef.ts";
import { restorePP, savePP, type PPHook } from "./preamble.ts";
import { after, diagAt, makeToken, type Token } from "./token.ts";

/** Output tokens [from, to) where `#pragma GCC diagnostic ignored "-W<flag>"` was in force. */
export interface IgnoredRange {
  readonly flag: string;
  readonly from: number;
  readonly to: number;
}

/** `#pragma pack` state from output token `at` on: the maximum member alignment, or undefined (none). */
export interface PackEvent {
  readonly at: number;
  readonly value: number | undefined;
}

export interface Pragmas {
  readonly ignored: readonly IgnoredRange[];
  readonly pack: readonly PackEvent[];
}

export interface PreprocessResult {
  tokens: Token[];
  diagnostics: Diagnostic[];
  /** Diagnostic pragmas by output token range (`#pragma unroll` rides on the loop's token: Token.unroll). */
  pragmas: Pragmas;
  sources: Record<string, string>;
}

interface Cond {
  readonly at: Token;
  taken: boolean;
  sawElse: boolean;
}

interface FileCtx {
  readonly name: string;
  readonly conds: Cond[];
}

export interface PreprocessOptions extends CompileOptions {
  readonly file: string;
  readonly builtinHeaders?: Readonly<Record<string, string>>;
  /** Save the state at the end of the main file's preamble, or start from one (preamble.ts). */
  readonly preamble?: PPHook;
}

export function preprocess(source: string, opts: PreprocessOptions): PreprocessResult {
  return new Preprocessor(opts).run(source);
}

export class Preprocessor {
  readonly diagnostics: Diagnostic[] = [];
  readonly ex = new Expander(this.diagnostics);
  private readonly hookDirectives = (this.ex.onDirective = (hash: Token): void => this.directive(hash));
  readonly sources: Record<string, string> = {};
  readonly files: FileCtx[] = [];
  readonly cache = new Map<string, Lexed>();
  readonly once = new Set<string>();
  readonly out: Token[] = [];
  pendingUnroll: number | true | undefined;
  /** `#pragma GCC diagnostic ignored "-Wflag"`: flag → output index where it began. */
  ignored = new Map<string, number>();
  readonly diagStack: Map<string, number>[] = [];
  readonly ignoredRanges: IgnoredRange[] = [];
  pack: number | undefined;
  readonly packStack: (number | undefined)[] = [];
  readonly packEvents: PackEvent[] = [];
  readonly mainDir: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(readonly opts: PreprocessOptions) {
    this.mainDir = dirname(opts.file);
    this.headers = opts.builtinHeaders ?? BUILTIN_HEADERS;
  }

  run(source: string): PreprocessResult {
    const hook = this.opts.preamble;
    if (hook?.resume) restorePP(this, hook.resume);
    else this.predefine();
    this.sources[this.opts.file] = source;
    const main = lex(source, this.opts.file);
    this.diagnostics.push(...main.diagnostics);
    // The preamble ends at the main file's first token past its lines.
    let at = 0;
    if (hook) while (main.tokens[at].kind !== "eof" && main.tokens[at].line <= hook.lines) at++;
    // Cannot happen (the preamble's text is the saved one's); if it did, start again from the top.
    if (hook?.resume && hook.resume.mainAt !== at) return new Preprocessor({ ...this.opts, preamble: undefined }).run(source);
    if (hook?.resume) hook.resumed = true;
    const save = hook?.save;
    const take = (): void => {
      const s = savePP(this, at, main.diagnostics.length);
      if (s) save?.(s);
    };
    const stop = save && main.tokens[at].kind !== "eof" ? { at, take } : undefined;
    const tokens = this.runFile(main.tokens, this.opts.file, hook?.resume ? at : 0, stop);
    for (const [flag, from] of this.ignored) if (from < tokens.length) this.ignoredRanges.push({ flag, from, to: tokens.length });
    const pragmas: Pragmas = { ignored: this.ignoredRanges, pack: this.packEvents };
    return { tokens, diagnostics: this.diagnostics, pragmas, sources: this.sources };
  }

  /** The special and predefined macros, and -D's. */
  private predefine(): void {
    const ex = this.ex;
    for (const name of ["__FILE__", "__LINE__", "__COUNTER__"] as const)
      ex.macros.set(name, { name, body: [], special: name === "__FILE__" ? "file" : name === "__LINE__" ? "line" : "counter" });
    for (const name of ["__has_include", "__has_include_next", "__has_builtin", "__has_attribute", "__has_feature", "__has_extension", "__has_cpp_attribute", "__has_c_attribute", "__has_declspec_attribute", "__has_warning", "__is_identifier"])
      ex.macros.set(name, { name, body: [], special: "has" });
    let defs = predefinedSource(this.opts.cpu ?? 4);
    for (const [k, v] of Object.entries(this.opts.defines ?? {})) defs += `#define ${k} ${v === "" ? "1" : v}\n`;
    let pre = SHARED_LEX.get("<built-in>");
    if (!pre || pre.text !== defs) {
      pre = { text: defs, lexed: { tokens: lex(defs, "<built-in>").tokens } };
      SHARED_LEX.set("<built-in>", pre);
    }
    this.runFile(pre.lexed.tokens, "<built-in>");
    this.out.length = 0;
    this.ignoredRanges.length = 0;
    this.packEvents.length = 0;
  }

  /**
   * Preprocess a file (and what it includes) to the end from its token `from`; returns the output
   * with an eof. `stop.take` runs when the file itself (not an include, not a macro) reaches `stop.at`.
   */
  private runFile(toks: Token[], name: string, from = 0, stop?: { readonly at: number; take(): void }): Token[] {
    const ex = this.ex;
    ex.pushFile(toks, name);
    ex.frames[ex.frames.length - 1].i = from;
    this.files.push({ name, conds: [] });
    const baseDepth = this.files.length;
    let steps = 0;
    for (;;) {
      if (stop) {
        const top = ex.frames[ex.frames.length - 1];
        if (top.toks === toks && top.i === stop.at && this.files.length === baseDepth) {
          stop.take();
          stop = undefined;
        }
      }
      const t = ex.next();
      if (t.kind === "eof") {
        if (t === ex.frames[ex.frames.length - 1]?.toks[ex.frames[ex.frames.length - 1].toks.length - 1]) this.endFile();
        if (this.files.length < baseDepth) {
          this.out.push(t);
          return this.out;
        }
        ex.frames.pop();
        continue;
      }
      if (t.bol && t.kind === "punct" && t.text === "#") {
        this.directive(t);
        continue;
      }
      if (t.kind === "ident") {
        if (t.text === "_Pragma" && pragmaOperator(this, t)) continue;
        if (ex.expand(t)) {
          if (++steps > 50_000_000) break;
          continue;
        }
      }
      if (this.pendingUnroll !== undefined) {
        this.out.push({ ...t, unroll: this.pendingUnroll });
        this.pendingUnroll = undefined;
      } else this.out.push(t);
    }
    this.out.push(makeToken("eof", "", name, 1, 1, 1, 1, false, true));
    return this.out;
  }

  private endFile(): void {
    const f = this.files.pop();
    for (const c of f?.conds ?? []) this.diagnostics.push(diagAt("error", "pp-cond", "unterminated conditional directive", c.at));
  }

  /** The rest of the directive's line, from the file's own tokens. */
  line(): Token[] {
    const f = this.ex.topFile();
    const out: Token[] = [];
    if (!f) return out;
    while (!f.toks[f.i].bol) out.push(f.toks[f.i++]);
    return out;
  }

  err(at: Token, message: string, code = "pp"): void {
    this.diagnostics.push(diagAt("error", code, message, at));
  }

  private directive(hash: Token): void {
    const f = this.ex.topFile();
    if (!f) return;
    const nameTok = f.toks[f.i];
    if (nameTok.bol) return; // the null directive
    f.i++;
    switch (nameTok.text) {
      case "define": return define(this, this.line(), nameTok);
      case "undef": {
        const l = this.line();
        if (!l[0]) return this.err(after(nameTok), "macro name missing");
        if (l[0].kind !== "ident") return this.err(l[0], "macro name must be an identifier");
        this.ex.macros.delete(l[0].text);
        return;
      }
      case "include":
      case "include_next":
        return include(this, this.line(), nameTok);
      case "if":
      case "ifdef":
      case "ifndef":
      case "elif":
      case "elifdef":
      case "elifndef":
      case "else":
      case "endif":
        return conditional(this, nameTok, hash);
      case "error":
      case "warning": {
        const l = this.line();
        const text = l.map((t, k) => (k && t.space ? " " : "") + t.text).join("");
        this.diagnostics.push(diagAt(nameTok.text === "error" ? "error" : "warning", "pp-" + nameTok.text, text || `#${nameTok.text}`, hash));
        return;
      }
      case "pragma":
        return pragma(this, this.line(), nameTok);
      case "line":
        return this.lineDirective(this.line(), nameTok, "#line directive");
      case "ident":
      case "sccs":
      case "assert":
      case "unassert":
        this.line();
        return;
      default:
        if (nameTok.kind === "num") return this.lineDirective([nameTok, ...this.line()], nameTok, "line marker directive");
        this.line();
        this.err(nameTok, "invalid preprocessing directive");
    }
  }

  /** `#line N ["file"]` and the `# N "file"` marker; clang keeps N in an unsigned 32-bit field. */
  private lineDirective(l: Token[], at: Token, what: string): void {
    const f = this.ex.topFile();
    if (!f || l[0]?.kind !== "num" || !/^\d+$/.test(l[0].text) || BigInt(l[0].text) > 0xffffffffn) return this.err(l[0] ?? at, `${what} requires a positive integer argument`);
    const next = f.toks[f.i];
    const delta = Number(l[0].text) - next.line;
    const file = l[1]?.kind === "str" ? l[1].text.slice(1, -1) : undefined;
    const rest = f.toks.slice(f.i).map((t) => ({ ...t, line: t.line + delta, endLine: t.endLine + delta, file: file ?? t.file }));
    f.toks = [...f.toks.slice(0, f.i), ...rest];
  }
}
