// The C preprocessor: files to one token list. Directives are recognised only at the start of a
// line of a file (never in an expansion); conditional groups that are not taken are skipped by a
// scan over the file's tokens, so a large header costs one lexing pass and one walk.

import type { Diagnostic } from "../diag.ts";
import type { CompileOptions } from "./index.ts";
import { BUILTIN_HEADERS } from "./headers/index.ts";
import { BUILTIN_FUNCTIONS, KNOWN_ATTRIBUTES } from "./builtin_names.ts";
import { BITOP_BUILTINS } from "./parse_bitops.ts";
import { lex } from "./lexer.ts";
import { Expander } from "./preprocess_expand.ts";
import { PPExprError, evalPPExpr } from "./preprocess_expr.ts";
import { define } from "./preprocess_define.ts";
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

const MAX_INCLUDE_DEPTH = 200;

/** Lexed headers by path, kept while their text is the same (the built-in headers, a reread file). */
const SHARED_LEX = new Map<string, { text: string; lexed: Lexed }>();

interface Cond {
  readonly at: Token;
  taken: boolean;
  sawElse: boolean;
}

interface FileCtx {
  readonly name: string;
  readonly conds: Cond[];
}

interface Lexed {
  readonly tokens: Token[];
  /** The macro of an include guard wrapping the whole file, if there is one. */
  readonly guard?: string;
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

const dirname = (p: string): string => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");

function joinPath(dir: string, name: string): string {
  if (name.startsWith("/") || !dir) return normalise(name);
  return normalise(dir + "/" + name);
}

function normalise(p: string): string {
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length && out[out.length - 1] !== "..") out.pop();
    else if (part === ".." && abs) continue;
    else out.push(part);
  }
  return (abs ? "/" : "") + out.join("/");
}

/** The guard macro if the file is `#ifndef X ... #endif` with nothing outside. */
function findGuard(toks: readonly Token[]): string | undefined {
  if (toks.length < 4 || toks[0].text !== "#" || toks[1].text !== "ifndef" || toks[2].kind !== "ident") return undefined;
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!(t.bol && t.text === "#" && t.kind === "punct")) continue;
    const d = toks[i + 1];
    if (d.bol) continue;
    if (d.text === "if" || d.text === "ifdef" || d.text === "ifndef") depth++;
    else if ((d.text === "else" || d.text === "elif") && depth === 1) return undefined;
    else if (d.text === "endif" && --depth === 0) {
      let j = i + 2;
      while (!toks[j].bol) j++;
      return toks[j].kind === "eof" ? toks[2].text : undefined;
    }
  }
  return undefined;
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
  private line(): Token[] {
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
    const ctx = this.files[this.files.length - 1];
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
        return this.include(this.line(), nameTok);
      case "if": {
        const v = this.condition(this.line(), nameTok);
        ctx.conds.push({ at: hash, taken: v, sawElse: false });
        if (!v) this.skip();
        return;
      }
      case "ifdef":
      case "ifndef": {
        const l = this.line();
        if (!l[0]) this.err(after(nameTok), "macro name missing");
        else if (l[0].kind !== "ident") this.err(l[0], "macro name must be an identifier");
        const v = this.ex.macros.has(l[0]?.text ?? "") === (nameTok.text === "ifdef");
        ctx.conds.push({ at: hash, taken: v, sawElse: false });
        if (!v) this.skip();
        return;
      }
      case "elif":
      case "elifdef":
      case "elifndef": {
        const c = ctx.conds[ctx.conds.length - 1];
        const l = this.line();
        if (!c) return this.err(nameTok, "#elif without #if");
        if (c.sawElse) this.err(nameTok, "#elif after #else");
        if (c.taken) return this.skip();
        let v: boolean;
        if (nameTok.text === "elif") v = this.condition(l, nameTok);
        else v = this.ex.macros.has(l[0]?.text ?? "") === (nameTok.text === "elifdef");
        c.taken = v;
        if (!v) this.skip();
        return;
      }
      case "else": {
        this.line();
        const c = ctx.conds[ctx.conds.length - 1];
        if (!c) return this.err(nameTok, "#else without #if");
        if (c.sawElse) this.err(nameTok, "#else after #else");
        c.sawElse = true;
        if (c.taken) return this.skip();
        c.taken = true;
        return;
      }
      case "endif":
        this.line();
        if (!ctx.conds.pop()) this.err(nameTok, "#endif without #if");
        return;
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

  /** Skip a group not taken: up to the #elif/#else/#endif that closes it, left unread. */
  private skip(): void {
    const f = this.ex.topFile();
    if (!f) return;
    const toks = f.toks;
    let depth = 0;
    for (let i = f.i; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind === "eof") {
        f.i = i;
        return;
      }
      if (!(t.bol && t.kind === "punct" && t.text === "#")) continue;
      const d = toks[i + 1];
      if (d.bol) continue;
      const n = d.text;
      if (n === "if" || n === "ifdef" || n === "ifndef") depth++;
      else if (n === "endif") {
        if (depth === 0) {
          f.i = i;
          return;
        }
        depth--;
      } else if ((n === "elif" || n === "else" || n === "elifdef" || n === "elifndef") && depth === 0) {
        f.i = i;
        return;
      }
    }
  }

  /** Replace `defined X` and the __has_* operators by 0 or 1. */
  private operators(l: readonly Token[]): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < l.length; i++) {
      const t = l[i];
      if (t.kind !== "ident") {
        out.push(t);
        continue;
      }
      const one = (v: boolean, to: number): void => {
        out.push({ ...t, kind: "num", text: v ? "1" : "0" });
        i = to;
      };
      if (t.text === "defined") {
        if (l[i + 1]?.text === "(") {
          if (l[i + 2]?.kind !== "ident" || l[i + 3]?.text !== ")") {
            this.err(l[i + 2] ?? t, "macro name must be an identifier");
            one(false, i + 3);
          } else one(this.ex.macros.has(l[i + 2].text), i + 3);
        } else if (l[i + 1]?.kind === "ident") one(this.ex.macros.has(l[i + 1].text), i + 1);
        else {
          this.err(l[i + 1] ?? t, "macro name must be an identifier");
          one(false, i + 1);
        }
        continue;
      }
      const m = this.ex.macros.get(t.text);
      if (m?.special === "has" && l[i + 1]?.text === "(") {
        let j = i + 2;
        let depth = 1;
        const arg: Token[] = [];
        for (; j < l.length; j++) {
          if (l[j].text === "(") depth++;
          else if (l[j].text === ")" && --depth === 0) break;
          arg.push(l[j]);
        }
        one(this.has(t.text, arg), j);
        continue;
      }
      out.push(t);
    }
    return out;
  }

  private has(op: string, arg: Token[]): boolean {
    const word = arg.map((t) => t.text).join("").replace(/^__(.*)__$/, "$1");
    switch (op) {
      case "__has_include":
      case "__has_include_next": {
        const name = this.headerName(arg.length && arg[0].kind !== "str" && arg[0].text !== "<" ? this.ex.expandList(arg) : arg);
        return !!name && this.resolve(name.name, name.quoted) !== undefined;
      }
      case "__has_builtin":
        return BUILTIN_FUNCTIONS.has(arg.map((t) => t.text).join("")) || BITOP_BUILTINS.has(arg.map((t) => t.text).join(""));
      case "__has_attribute":
      case "__has_c_attribute":
        return KNOWN_ATTRIBUTES.has(word);
      case "__has_feature":
      case "__has_extension":
        return word === "c_static_assert" || word === "c_alignof" || word === "c_alignas";
      case "__is_identifier":
        return true;
      default:
        return false;
    }
  }

  private condition(l: Token[], at: Token): boolean {
    if (l.length === 0) {
      this.err(after(at), "expected value in expression");
      return false;
    }
    const expanded = this.operators(this.ex.expandList(this.operators(l)));
    try {
      return evalPPExpr(expanded, after(l[l.length - 1])) !== 0n;
    } catch (e) {
      if (e instanceof PPExprError) {
        this.err(e.at.file ? e.at : at, e.message);
        return false;
      }
      throw e;
    }
  }

  private headerName(l: readonly Token[]): { name: string; quoted: boolean } | undefined {
    if (l[0]?.kind === "str") return { name: l[0].text.slice(1, -1), quoted: true };
    if (l[0]?.text === "<") {
      let s = "";
      for (let k = 1; k < l.length; k++) {
        if (l[k].text === ">") return { name: s, quoted: false };
        s += (k > 1 && l[k].space ? " " : "") + l[k].text;
      }
    }
    return undefined;
  }

  /** The path and text of an included file, by clang's search order (see the contract). */
  private resolve(name: string, quoted: boolean): { path: string; text: string } | undefined {
    const read = (p: string): { path: string; text: string } | undefined => {
      const text = this.opts.reader?.read(p);
      return text === undefined ? undefined : { path: p, text };
    };
    if (name.startsWith("/")) return read(normalise(name));
    if (quoted) {
      const including = this.files[this.files.length - 1]?.name ?? "";
      const path = joinPath(dirname(including), name);
      const r = read(path);
      if (r) return r;
      // A built-in header's quoted include finds its sibling among the built-in headers.
      if (this.headers[including] !== undefined && this.headers[path] !== undefined) return { path, text: this.headers[path] };
    }
    for (const dir of [this.mainDir, ...(this.opts.includeDirs ?? [])]) {
      const r = read(joinPath(dir, name));
      if (r) return r;
    }
    const b = this.headers[name];
    return b === undefined ? undefined : { path: name, text: b };
  }

  private include(l: Token[], at: Token): void {
    let hn = this.headerName(l);
    if (!hn && l.length) hn = this.headerName(this.ex.expandList(l));
    if (!hn) return this.err(l[0] ?? at, "expected \"FILENAME\" or <FILENAME>");
    const found = this.resolve(hn.name, hn.quoted);
    if (!found) return this.err(l[0], `'${hn.name}' file not found`, "pp-include");
    if (this.files.length >= MAX_INCLUDE_DEPTH) return this.err(l[0], `#include nested depth ${MAX_INCLUDE_DEPTH} exceeds maximum of ${MAX_INCLUDE_DEPTH}`, "pp-include");
    if (this.once.has(found.path)) return;
    let lexed = this.cache.get(found.path);
    if (!lexed) {
      // Tokens are never mutated, so a header's tokens are shared by every compilation that has its text.
      const shared = SHARED_LEX.get(found.path);
      if (shared && shared.text === found.text) lexed = shared.lexed;
      else {
        const r = lex(found.text, found.path);
        this.diagnostics.push(...r.diagnostics);
        lexed = { tokens: r.tokens, guard: findGuard(r.tokens) };
        if (!r.diagnostics.length) SHARED_LEX.set(found.path, { text: found.text, lexed });
      }
      this.cache.set(found.path, lexed);
      this.sources[found.path] = found.text;
    }
    if (lexed.guard && this.ex.macros.has(lexed.guard)) return;
    this.ex.pushFile(lexed.tokens, found.path);
    this.files.push({ name: found.path, conds: [] });
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
